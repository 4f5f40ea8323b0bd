package weka.w2s.encoders.bench;

/** Opens TextTasks' package-private helpers to the tests. */
public final class TextTasksAccess {
  private TextTasksAccess() {
  }

  public static String subject(String mail) throws Exception {
    return TextTasks.subject(mail);
  }

  public static String clean(String subject) {
    return TextTasks.cleanSubject(subject);
  }
}
