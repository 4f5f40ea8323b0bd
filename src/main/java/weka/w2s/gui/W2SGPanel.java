/*
 *   This program is free software: you can redistribute it and/or modify
 *   it under the terms of the GNU General Public License as published by
 *   the Free Software Foundation, either version 3 of the License, or
 *   (at your option) any later version.
 *
 *   This program is distributed in the hope that it will be useful,
 *   but WITHOUT ANY WARRANTY; without even the implied warranty of
 *   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the
 *   GNU General Public License for more details.
 *
 *   You should have received a copy of the GNU General Public License
 *   along with this program. If not, see <https://www.gnu.org/licenses/>.
 */

package weka.w2s.gui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.awt.Insets;
import java.awt.event.InputEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;

import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;

import org.jfree.chart.JFreeChart;

import weka.core.Instances;
import weka.core.Range;
import weka.gui.Logger;
import weka.gui.ResultHistoryPanel;
import weka.gui.SysErrLog;
import weka.gui.TaskLogger;
import weka.gui.explorer.Explorer;
import weka.gui.explorer.Explorer.ExplorerPanel;
import weka.gui.explorer.Explorer.LogHandler;
import weka.w2s.core.PrincipalRule;
import weka.w2s.data.RepresentationLayout;
import weka.w2s.analysis.Quantity;
import weka.w2s.experiment.Experiment;
import weka.w2s.experiment.ExperimentSettings;
import weka.w2s.charts.W2SGCharts;

/**
 * The Explorer's "Weak-to-strong" tab: ranks weak candidates against strong representations of the
 * current data with W2SGAnalysis, in the background, and keeps each run in a result history with
 * its ranking, spectra, scores and top instances; with a nominal class it also runs the
 * W2SGExperiment protocol for the candidates (accuracy and PGR per strategy).
 */
public class W2SGPanel extends JPanel implements ExplorerPanel, LogHandler {

  private static final long serialVersionUID = 1L;

  /** Names of the components a GUI test drives. */
  public static final String WEAK_FIELD = "w2s.weak";
  public static final String STRONG_FIELD = "w2s.strong";
  public static final String START_BUTTON = "w2s.start";
  public static final String STOP_BUTTON = "w2s.stop";
  public static final String EXPERIMENT_BUTTON = "w2s.experiment";
  public static final String RANKING_TABLE = ResultView.RANKING_TABLE;
  public static final String TEXT_NOTE = "w2s.text";
  public static final String ATTRIBUTE_LIST = "w2s.attributes";

  private Explorer explorer;
  private Logger log = new SysErrLog();
  private Instances data;

  private final DefaultListModel<String> attributeModel = new DefaultListModel<>();
  private final JList<String> attributes = new JList<>(attributeModel);
  private final JTextArea weak = new JTextArea(4, 16);
  private final JTextArea strong = new JTextArea(2, 16);
  private final JComboBox<PrincipalRule.Kind> rule = new JComboBox<>(PrincipalRule.Kind.values());
  private final JTextField ruleValue = new JTextField("0.9", 6);
  private final JTextField ridge = new JTextField("0", 6);
  private final JTextField weakTrainSize = new JTextField("", 6);
  private final JCheckBox hard = new JCheckBox("Hard projections");
  private final JComboBox<String> rankBy = new JComboBox<>(Quantity.rankChoices().toArray(new String[0]));
  private final JComboBox<String> classChoice = new JComboBox<>();
  private final JCheckBox skipMissing = new JCheckBox("Skip missing");
  private final JSpinner top = new JSpinner(new SpinnerNumberModel(10, 0, 1_000_000, 1));
  private final JTextField runs = new JTextField("5", 4);
  private final JTextField modes = new JTextField("naive,confidence,refine,kernel,auto", 10);
  private final JTextField seed = new JTextField("1", 4);
  private final JButton start = new JButton("Start");
  private final JButton stop = new JButton("Stop");
  private final JButton experimentButton = new JButton("Run experiment");
  private final ResultView view = new ResultView();
  private final ResultHistoryPanel history = new ResultHistoryPanel(null);

  private transient SwingWorker<HistoryEntry, String> worker;

  /** Says what to do with text data; shown only when the data have a string attribute. */
  private final JTextArea textNote = new JTextArea();

  /**
   * The layout, so that everything fits in the Explorer at 1024 x 768 without scrolling: the options
   * in one strip across the top; on the left the attribute list (taking the remaining height), the
   * weak and strong selections, a fixed bar with Start, Stop and Run experiment, and the result list;
   * the output on the right.
   */
  public W2SGPanel() {
    setLayout(new BorderLayout());
    classChoice.setPrototypeDisplayValue("(Nom) attribute_name");
    JPanel options = new JPanel(new GridBagLayout());
    GridBagConstraints g = new GridBagConstraints();
    g.gridy = 0;
    g.fill = GridBagConstraints.BOTH;
    g.insets = new Insets(0, 2, 0, 2);
    g.weightx = 0;
    options.add(optionPanel(), g);
    g.weightx = 1;
    options.add(experimentPanel(), g);
    // only when the tab is narrower than the options (the Explorer opens at 800 x 600) do they scroll
    JScrollPane optionScroll = new StripScrollPane(options);
    add(optionScroll, BorderLayout.NORTH);

    history.setBorder(BorderFactory.createTitledBorder("Result list (right-click for options)"));
    history.setPreferredSize(new Dimension(300, 110));
    JPanel bottom = new JPanel(new BorderLayout());
    bottom.add(buttonPanel(), BorderLayout.NORTH);
    bottom.add(history, BorderLayout.CENTER);
    JPanel west = new JPanel(new BorderLayout());
    west.add(representationPanel(), BorderLayout.CENTER);
    west.add(bottom, BorderLayout.SOUTH);
    west.setPreferredSize(new Dimension(400, 500));
    west.setMinimumSize(new Dimension(300, 300));

    // the output gives way to the inputs: a chart or a wide table would otherwise take all the width
    view.setPreferredSize(new Dimension(300, 400));
    view.setMinimumSize(new Dimension(200, 200));
    JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, west, view);
    split.setResizeWeight(0);
    split.setBorder(BorderFactory.createEmptyBorder());
    add(split, BorderLayout.CENTER);

    history.setHandleRightClicks(false);
    history.getList().addListSelectionListener(e -> {
      if (!e.getValueIsAdjusting()) {
        Object selected = history.getSelectedObject();
        if (selected instanceof HistoryEntry) {
          view.show((HistoryEntry) selected);
        }
      }
    });
    history.getList().addMouseListener(new MouseAdapter() {
      @Override
      public void mouseClicked(MouseEvent e) {
        if ((e.getModifiersEx() & InputEvent.BUTTON1_DOWN_MASK) == 0 && e.getButton() != MouseEvent.BUTTON1
            || e.isAltDown()) {
          int index = history.getList().locationToIndex(e.getPoint());
          if (index >= 0) {
            popup(history.getNameAtIndex(index), e.getX(), e.getY());
          }
        }
      }
    });
    start.addActionListener(e -> startAnalysis());
    stop.addActionListener(e -> stopWork());
    experimentButton.addActionListener(e -> startExperiment());
    rule.setSelectedItem(PrincipalRule.Kind.VARIANCE); // the analysis's default, rho = 0.9
    rule.addActionListener(e -> ruleChanged());
    setEnabledForData();
  }

  private JPanel representationPanel() {
    JPanel p = new JPanel(new BorderLayout(2, 2));
    p.setBorder(BorderFactory.createTitledBorder("Representations"));
    attributes.setName(ATTRIBUTE_LIST);
    attributes.setVisibleRowCount(8);
    attributes.setToolTipText("The numeric attributes; select some and add them as one weak candidate or as"
        + " the strong representation");
    JScrollPane list = new JScrollPane(attributes);
    JPanel add = new JPanel(new GridLayout(1, 2, 2, 2));
    JButton addWeak = new JButton("Add as weak");
    addWeak.setToolTipText("Adds the selected attributes as one more weak candidate (a line below)");
    addWeak.addActionListener(e -> addSelection(weak));
    JButton addStrong = new JButton("Add as strong");
    addStrong.setToolTipText("Adds the selected attributes as a strong representation (a line below)");
    addStrong.addActionListener(e -> addSelection(strong));
    add.add(addWeak);
    add.add(addStrong);
    JPanel fields = new JPanel(new BorderLayout(2, 2));
    weak.setName(WEAK_FIELD);
    strong.setName(STRONG_FIELD);
    weak.setToolTipText("One weak candidate per line: an attribute range such as 1-24, first-last (every"
        + " attribute but the class) or name:REGEX such as name:weakA_.*");
    strong.setToolTipText("One strong representation per line, written as the weak ones; every weak is paired"
        + " with every strong");
    fields.add(titled(new JScrollPane(weak), "Weak candidates, one per line"), BorderLayout.CENTER);
    fields.add(titled(new JScrollPane(strong), "Strong, one per line"), BorderLayout.SOUTH);
    textNote.setName(TEXT_NOTE);
    textNote.setEditable(false);
    textNote.setLineWrap(true);
    textNote.setWrapStyleWord(true);
    textNote.setRows(7);
    textNote.setForeground(new java.awt.Color(0x99, 0x33, 0x00));
    textNote.setBackground(p.getBackground());
    textNote.setVisible(false);
    JPanel top = new JPanel(new BorderLayout(2, 2));
    top.add(textNote, BorderLayout.NORTH);
    top.add(list, BorderLayout.CENTER);
    top.add(add, BorderLayout.SOUTH);
    p.add(top, BorderLayout.CENTER);
    p.add(fields, BorderLayout.SOUTH);
    return p;
  }

  private static JScrollPane titled(JScrollPane pane, String title) {
    pane.setBorder(BorderFactory.createTitledBorder(title));
    return pane;
  }

  private JPanel optionPanel() {
    JPanel p = new JPanel(new GridBagLayout());
    p.setBorder(BorderFactory.createTitledBorder("Analysis options"));
    rule.setToolTipText("How the principal dimension k of each representation is chosen");
    ruleValue.setToolTipText("The variance fraction rho in (0, 1], or the fixed k (a whole number)");
    ridge.setToolTipText("The heads' ridge beta, from 0 to 1e100; alpha = beta + gamma");
    weakTrainSize.setToolTipText("The size of the weak head's training set for the weak gamma; empty means"
        + " the number of instances");
    hard.setToolTipText("Hard principal projections (shrinkage factors 1) instead of lambda / (lambda + alpha)");
    rankBy.setToolTipText("<html>The quantity that orders the pairs; default: pred_gap with the class,<br>"
        + "expected_gap without (the best on the suite of real tasks);<br>pred_gap, misfit and predicted_error"
        + " need the class</html>");
    classChoice.setToolTipText("<html>The labels: with a class the analysis adds pred_gap, the error estimates"
        + " and the top instances;<br>the experiment needs a nominal one (accuracy) or a numeric one (mean squared"
        + " error)</html>");
    skipMissing.setToolTipText("Leave out instances with a missing value instead of stopping with a message");
    top.setToolTipText("How many instances with the largest contribution |P_s (I - P_w) y| to list (needs the"
        + " class; 0 for none)");
    ruleValue.setMinimumSize(ruleValue.getPreferredSize());
    JPanel ruleFields = new JPanel(new BorderLayout(2, 0));
    ruleFields.add(rule, BorderLayout.CENTER);
    ruleFields.add(ruleValue, BorderLayout.EAST);
    // two columns of labelled fields, three rows, then the flags
    addCell(p, 0, 0, "k rule", ruleFields);
    addCell(p, 1, 0, "Ridge beta", ridge);
    addCell(p, 2, 0, "Weak training size", weakTrainSize);
    addCell(p, 0, 2, "Class", classChoice);
    addCell(p, 1, 2, "Rank by", rankBy);
    addCell(p, 2, 2, "Top instances", top);
    JPanel flags = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
    flags.add(hard);
    flags.add(skipMissing);
    GridBagConstraints g = new GridBagConstraints();
    g.gridy = 3;
    g.gridwidth = 4;
    g.anchor = GridBagConstraints.WEST;
    p.add(flags, g);
    return p;
  }

  /** A label and its field in row {@code row}, columns {@code column} and {@code column + 1}. */
  private static void addCell(JPanel p, int row, int column, String label, java.awt.Component field) {
    addCell(p, row, column, label, field, column > 0);
  }

  private static void addCell(JPanel p, int row, int column, String label, java.awt.Component field,
      boolean stretch) {
    GridBagConstraints g = new GridBagConstraints();
    g.gridy = row;
    g.gridx = column;
    g.anchor = GridBagConstraints.WEST;
    g.insets = new Insets(1, column == 0 ? 4 : 12, 1, 4);
    p.add(new JLabel(label), g);
    g.gridx = column + 1;
    g.insets = new Insets(1, 0, 1, 4);
    g.fill = GridBagConstraints.HORIZONTAL;
    g.weightx = stretch ? 1 : 0;
    p.add(field, g);
  }

  private JPanel buttonPanel() {
    // each button as wide as its label needs plus an equal share of the rest
    JPanel p = new JPanel(new GridLayout(1, 1));
    JPanel row = new JPanel(new GridBagLayout());
    p.add(row);
    p.setBorder(BorderFactory.createEmptyBorder(2, 2, 2, 2));
    start.setName(START_BUTTON);
    stop.setName(STOP_BUTTON);
    start.setToolTipText("Ranks every weak candidate against every strong representation");
    stop.setToolTipText("Stops the running analysis or experiment");
    experimentButton.setName(EXPERIMENT_BUTTON);
    experimentButton.setToolTipText("Trains weak, strong ceiling and weak-to-strong models for each weak"
        + " candidate against the first strong representation (W2SGExperiment) and shows accuracy (numeric class:"
        + " mean squared error) and PGR");
    GridBagConstraints g = new GridBagConstraints();
    g.fill = GridBagConstraints.HORIZONTAL;
    g.weightx = 1;
    g.insets = new Insets(0, 2, 0, 2);
    row.add(start, g);
    row.add(stop, g);
    row.add(experimentButton, g);
    return p;
  }

  private JPanel experimentPanel() {
    JPanel p = new JPanel(new GridBagLayout());
    p.setBorder(BorderFactory.createTitledBorder("Experiment"));
    runs.setToolTipText("Repetitions of the train/test split (stratified for a nominal class, random for a numeric one)");
    modes.setToolTipText("WeakToStrong's target strategies, comma-separated; gold (the ceiling) always runs");
    seed.setToolTipText("The seed; repetition r uses seed + r");
    addCell(p, 0, 0, "Strategies", modes, true);
    addCell(p, 1, 0, "Runs", runs);
    addCell(p, 2, 0, "Seed", seed);
    GridBagConstraints g = new GridBagConstraints();
    g.gridy = 3;
    g.weighty = 1;
    p.add(new JLabel(), g);
    return p;
  }

  private void ruleChanged() {
    PrincipalRule.Kind r = (PrincipalRule.Kind) rule.getSelectedItem();
    ruleValue.setEnabled(r != PrincipalRule.Kind.AUTOMATIC);
    if (r == PrincipalRule.Kind.FIXED && ruleValue.getText().contains(".")) {
      ruleValue.setText("10");
    } else if (r == PrincipalRule.Kind.VARIANCE && !ruleValue.getText().contains(".")) {
      ruleValue.setText("0.9");
    }
  }

  /** Appends the selected attributes as one range line. */
  private void addSelection(JTextArea target) {
    int[] selected = attributes.getSelectedIndices();
    if (selected.length == 0 || data == null) {
      return;
    }
    int[] indices = new int[selected.length];
    List<Integer> numeric = numericAttributes();
    for (int i = 0; i < selected.length; i++) {
      indices[i] = numeric.get(selected[i]);
    }
    String text = target.getText();
    target.setText(text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + Range.indicesToRangeList(indices));
  }

  private List<Integer> numericAttributes() {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < data.numAttributes(); i++) {
      if (data.attribute(i).isNumeric()) {
        out.add(i);
      }
    }
    return out;
  }

  // ------------------------------------------------------------------------------ running

  private static final String NO_CLASS = "(no class: label-free scores only)";

  /** The chosen class attribute, or -1. */
  private int classIndex() {
    String chosen = (String) classChoice.getSelectedItem();
    if (data == null || chosen == null || chosen.equals(NO_CLASS)) {
      return -1;
    }
    return data.attribute(chosen.substring(chosen.indexOf(") ") + 2)).index();
  }

  /** A copy of the data with the chosen class, so that the Explorer's data stay as they are. */
  private Instances withClass() {
    Instances copy = new Instances(data);
    copy.setClassIndex(classIndex());
    return copy;
  }

  /** The inputs as the fields show them; a field that is not a number is one message. */
  AnalysisRequest request() {
    AnalysisRequest r = new AnalysisRequest().setWeak(lines(weak)).setStrong(lines(strong))
        .setUseClass(classIndex() >= 0).setRule((PrincipalRule.Kind) rule.getSelectedItem())
        .setHard(hard.isSelected()).setRankBy((String) rankBy.getSelectedItem())
        .setSkipMissing(skipMissing.isSelected()).setTop((Integer) top.getValue())
        .setWeakTrainSize(weakTrainSize.getText()).setRidge(number("Ridge beta", ridge.getText()));
    if (r.rule() == PrincipalRule.Kind.FIXED) {
      r.setK((int) whole("k", ruleValue.getText()));
    } else if (r.rule() == PrincipalRule.Kind.VARIANCE) {
      r.setVariance(number("The variance fraction", ruleValue.getText()));
    }
    return r;
  }

  private static List<String> lines(JTextArea area) {
    return Arrays.asList(area.getText().split("\\R"));
  }

  private static double number(String what, String text) {
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " must be a number, got '" + text.trim() + "'.");
    }
  }

  private static int whole(String what, String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " must be a whole number, got '" + text.trim() + "'.");
    }
  }

  private void startAnalysis() {
    AnalysisRequest request;
    try {
      request = request();
    } catch (IllegalArgumentException e) {
      fail(e.getMessage());
      return;
    }
    Instances snapshot = withClass();
    log.logMessage("W2SG analysis: " + request.commandLine("<file of " + snapshot.relationName() + ">",
        snapshot.classIndex()));
    run("analysis", notes -> {
      AnalysisResult result = AnalysisResult.compute(snapshot, request, notes);
      return HistoryEntry.of(entryName("W2SG analysis", result.pairs().size() + " pairs"), result);
    });
  }

  private void startExperiment() {
    Instances snapshot = withClass();
    ExperimentSettings settings;
    try {
      AnalysisRequest request = request();
      if (snapshot.classIndex() < 0
          || !(snapshot.classAttribute().isNominal() || snapshot.classAttribute().isNumeric())) {
        throw new IllegalArgumentException("The experiment needs a nominal or numeric class: set one in the"
            + " Preprocess panel.");
      }
      if (request.weak().isEmpty()) {
        throw new IllegalArgumentException("Give at least one weak candidate.");
      }
      settings = new ExperimentSettings().setClass(Integer.toString(snapshot.classIndex() + 1))
          .setWeak(request.weak()).setStrong(request.strong().isEmpty() ? "" : request.strong().get(0))
          .setRuns(whole("Runs", runs.getText())).setModes(modes.getText().trim())
          .setSeed(whole("Seed", seed.getText()));
    } catch (IllegalArgumentException e) {
      fail(e.getMessage());
      return;
    }
    String commandLine = "java weka.Run weka.w2s.W2SGExperiment -i <file of " + snapshot.relationName() + "> "
        + String.join(" ", quoted(settings.toOptions()));
    log.logMessage("W2SG experiment: " + commandLine);
    run("experiment", progress -> {
      Experiment experiment = new Experiment(settings, settings.withClass(new Instances(snapshot)),
          snapshot.relationName(), progress);
      experiment.run();
      return HistoryEntry.of(entryName("W2SG experiment", experiment.candidates().size() + " candidates"),
          experiment, commandLine);
    });
  }

  private static List<String> quoted(List<String> options) {
    List<String> out = new ArrayList<>();
    for (String o : options) {
      out.add(o.matches("[A-Za-z0-9_./:,+=-]+") ? o : "'" + o + "'");
    }
    return out;
  }

  private static String entryName(String what, String size) {
    return new SimpleDateFormat("HH:mm:ss").format(new Date()) + " - " + what + " (" + size + ")";
  }

  /** The work of a run; {@code notes} receives its progress and notes, line by line. */
  private interface Work {
    HistoryEntry compute(PrintStream notes) throws Exception;
  }

  /**
   * Runs {@code work} in a SwingWorker: notes go to the log, the status bar says what runs, the result
   * joins the history. Stop cancels the worker: the experiment stops at its next progress line (between
   * models); an analysis runs to its end in the background and its result is dropped.
   */
  private void run(String what, Work work) {
    setRunning(true);
    log.statusMessage("Running the W2SG " + what + "...");
    if (log instanceof TaskLogger) {
      ((TaskLogger) log).taskStarted();
    }
    worker = new SwingWorker<HistoryEntry, String>() {
      @Override
      protected HistoryEntry doInBackground() throws Exception {
        try (PrintStream notes = new PrintStream(new LineSink(this::line), true, StandardCharsets.UTF_8)) {
          return work.compute(notes);
        }
      }

      private void line(String text) {
        if (isCancelled()) {
          throw new CancellationException("stopped");
        }
        publish(text);
      }

      @Override
      protected void process(List<String> lines) {
        for (String line : lines) {
          log.logMessage(line);
          log.statusMessage(line);
        }
      }

      @Override
      protected void done() {
        setRunning(false);
        if (log instanceof TaskLogger) {
          ((TaskLogger) log).taskFinished();
        }
        try {
          HistoryEntry entry = get();
          history.addResult(entry.name, new StringBuffer(entry.text()));
          history.addObject(entry.name, entry);
          history.setSelectedListValue(entry.name);
          view.show(entry);
          log.logMessage("Finished " + entry.name);
          log.statusMessage("OK");
        } catch (CancellationException e) {
          log.logMessage("W2SG " + what + " stopped.");
          log.statusMessage("Stopped");
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (!(cause instanceof IllegalArgumentException)) {
            // not the user's input: keep the trace for a bug report (Weka's log file and stderr)
            weka.core.logging.Logger.log(weka.core.logging.Logger.Level.WARNING, stackTrace(cause));
          }
          fail(cause instanceof IllegalArgumentException ? cause.getMessage()
              : cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
      }
    };
    worker.execute();
  }

  private static String stackTrace(Throwable t) {
    java.io.StringWriter text = new java.io.StringWriter();
    t.printStackTrace(new java.io.PrintWriter(text));
    return "Weak-to-strong tab: " + text;
  }

  private void stopWork() {
    if (worker != null && !worker.isDone()) {
      worker.cancel(true);
    }
  }

  private void fail(String message) {
    log.logMessage("W2SG: " + message);
    log.statusMessage("W2SG: " + message);
    // wrapped: a message that says what to change is often longer than a screen is wide
    JTextArea text = new JTextArea(message);
    text.setLineWrap(true);
    text.setWrapStyleWord(true);
    text.setEditable(false);
    text.setOpaque(false);
    text.setFont(new JLabel().getFont());
    text.setSize(new Dimension(520, Short.MAX_VALUE));
    text.setPreferredSize(new Dimension(520, text.getPreferredSize().height));
    JOptionPane.showMessageDialog(this, text, "Weak-to-strong", JOptionPane.ERROR_MESSAGE);
  }

  private void setRunning(boolean running) {
    start.setEnabled(!running && data != null);
    experimentButton.setEnabled(!running && data != null);
    stop.setEnabled(running);
  }

  private void setEnabledForData() {
    setRunning(worker != null && !worker.isDone());
  }

  // ------------------------------------------------------------------------------ the result list

  private void popup(String name, int x, int y) {
    HistoryEntry entry = (HistoryEntry) history.getNamedObject(name);
    if (entry == null) {
      return;
    }
    JPopupMenu menu = new JPopupMenu();
    menu.add(item("View in main window", () -> {
      history.setSelectedListValue(name);
      view.show(entry);
    }));
    menu.add(item("View in separate window", () -> history.openFrame(name)));
    menu.add(item("Save result text...", () -> saveText(entry.text(), entry.name + ".txt")));
    menu.add(item("Save result as JSON...", () -> saveText(entry.json(), entry.name + ".json")));
    menu.add(item("Save plots as PNG...", () -> savePlots(entry)));
    if (entry.analysis != null) {
      menu.add(item("Save ranking as data...", () -> ResultView.saveInstances(this,
          entry.analysis.rankingInstances())));
      JMenuItem visualize = item("Visualize top instances", () -> ResultView.visualize(this,
          entry.analysis.topInstances()));
      JMenuItem save = item("Save top instances...", () -> ResultView.saveInstances(this,
          entry.analysis.topInstances()));
      visualize.setEnabled(!entry.analysis.top().isEmpty());
      save.setEnabled(!entry.analysis.top().isEmpty());
      menu.add(visualize);
      menu.add(save);
    }
    menu.addSeparator();
    menu.add(item("Delete result", () -> history.removeResult(name)));
    menu.show(history.getList(), x, y);
  }

  private static JMenuItem item(String label, Runnable action) {
    JMenuItem item = new JMenuItem(label);
    item.addActionListener(e -> action.run());
    return item;
  }

  private void saveText(String text, String suggested) {
    JFileChooser chooser = new JFileChooser();
    chooser.setSelectedFile(new File(suggested.replaceAll("[^A-Za-z0-9._ -]", "_")));
    if (chooser.showSaveDialog(this) == JFileChooser.APPROVE_OPTION) {
      try {
        Files.writeString(chooser.getSelectedFile().toPath(), text, StandardCharsets.UTF_8);
        log.logMessage("Saved " + chooser.getSelectedFile());
      } catch (IOException e) {
        fail("Cannot write " + chooser.getSelectedFile() + ": " + e.getMessage());
      }
    }
  }

  private void savePlots(HistoryEntry entry) {
    JFileChooser chooser = new JFileChooser();
    chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
    chooser.setDialogTitle("Folder for the PNG files");
    if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
      return;
    }
    File dir = chooser.getSelectedFile();
    String stem = entry.name.replaceAll("[^A-Za-z0-9]+", "-");
    try {
      for (Map.Entry<String, JFreeChart> chart : entry.charts().entrySet()) {
        File file = new File(dir, stem + "-" + chart.getKey() + ".png");
        W2SGCharts.savePng(chart.getValue(), file);
        log.logMessage("Saved " + file);
      }
    } catch (IOException e) {
      fail("Cannot write the plots into " + dir + ": " + e.getMessage());
    }
  }

  // ------------------------------------------------------------------------------ ExplorerPanel

  @Override
  public void setExplorer(Explorer parent) {
    explorer = parent;
  }

  @Override
  public Explorer getExplorer() {
    return explorer;
  }

  @Override
  public void setInstances(Instances inst) {
    data = inst;
    attributeModel.clear();
    for (int i : numericAttributes()) {
      attributeModel.addElement((i + 1) + ": " + inst.attribute(i).name());
    }
    // like the Classify tab: the data's class if set, else the last attribute if it can be one
    classChoice.removeAllItems();
    classChoice.addItem(NO_CLASS);
    int choice = 0;
    for (int i = 0; i < inst.numAttributes(); i++) {
      weka.core.Attribute a = inst.attribute(i);
      if (a.isNominal() || a.isNumeric()) {
        classChoice.addItem((a.isNominal() ? "(Nom) " : "(Num) ") + a.name());
        if (i == inst.classIndex() || inst.classIndex() < 0 && i == inst.numAttributes() - 1) {
          choice = classChoice.getItemCount() - 1;
        }
      }
    }
    classChoice.setSelectedIndex(choice);
    String advice = RepresentationLayout.textAdvice(inst);
    textNote.setText(advice);
    textNote.setVisible(!advice.isEmpty());
    if (!advice.isEmpty()) {
      log.logMessage("W2SG: " + advice);
    }
    setEnabledForData();
  }

  @Override
  public String getTabTitle() {
    return "Weak-to-strong";
  }

  @Override
  public String getTabTitleToolTip() {
    return "Rank weak representations for weak-to-strong generalization (W2SG analysis)";
  }

  @Override
  public void setLog(Logger newLog) {
    log = newLog;
  }

  /**
   * A scroll pane for the options strip that scrolls sideways only, and is as tall as the strip plus,
   * when the strip is wider than the tab, the scroll bar, so that the bar never hides a row.
   */
  private static final class StripScrollPane extends JScrollPane {
    private static final long serialVersionUID = 1L;

    StripScrollPane(java.awt.Component view) {
      super(view, VERTICAL_SCROLLBAR_NEVER, HORIZONTAL_SCROLLBAR_AS_NEEDED);
      setBorder(BorderFactory.createEmptyBorder());
      addComponentListener(new java.awt.event.ComponentAdapter() {
        @Override
        public void componentResized(java.awt.event.ComponentEvent e) {
          revalidate();
        }
      });
    }

    @Override
    public Dimension getPreferredSize() {
      Dimension view = getViewport().getView().getPreferredSize();
      int height = view.height;
      if (getWidth() > 0 && view.width > getWidth()) {
        height += getHorizontalScrollBar().getPreferredSize().height;
      }
      return new Dimension(view.width, height);
    }
  }

  /** Collects what is printed into lines and hands each on. */
  private static final class LineSink extends OutputStream {
    private final java.util.function.Consumer<String> consumer;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    LineSink(java.util.function.Consumer<String> consumer) {
      this.consumer = consumer;
    }

    @Override
    public void write(int b) {
      if (b == '\n') {
        flushLine();
      } else if (b != '\r') {
        line.write(b);
      }
    }

    @Override
    public void close() {
      flushLine();
    }

    private void flushLine() {
      if (line.size() > 0) {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        consumer.accept(text);
      }
    }
  }

  /** Opens the tab alone on a data file, for trying it without the Explorer. */
  public static void main(String[] args) throws Exception {
    Instances inst = weka.core.converters.ConverterUtils.DataSource.read(args[0]);
    inst.setClassIndex(inst.numAttributes() - 1);
    SwingUtilities.invokeLater(() -> {
      javax.swing.JFrame frame = new javax.swing.JFrame("Weak-to-strong");
      W2SGPanel panel = new W2SGPanel();
      panel.setInstances(inst);
      frame.add(panel);
      frame.setSize(1400, 900);
      frame.setDefaultCloseOperation(javax.swing.JFrame.EXIT_ON_CLOSE);
      frame.setVisible(true);
    });
  }
}
