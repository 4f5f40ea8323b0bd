package weka.w2s;

import weka.core.SelectedTag;
import weka.core.Tag;

/** SelectedTag options whose tag array may be a copy of the component's own (after serialization). */
public final class Tags {

  private Tags() {
  }

  /**
   * The ID of the chosen tag among the legal ones. A SelectedTag that carries another copy of the
   * tags (a deserialized setup, a GUI copy) is matched by its text, so that it is never ignored.
   *
   * @throws IllegalArgumentException if the chosen tag is not among the legal ones
   */
  public static int idOf(SelectedTag value, Tag[] legal) {
    if (value.getTags() == legal) {
      return value.getSelectedTag().getID();
    }
    return new SelectedTag(value.getSelectedTag().getReadable(), legal).getSelectedTag().getID();
  }
}
