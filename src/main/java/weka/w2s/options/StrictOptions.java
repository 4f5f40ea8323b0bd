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

package weka.w2s.options;

import java.beans.BeanInfo;
import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import weka.classifiers.AbstractClassifier;
import weka.core.OptionHandler;
import weka.core.OptionMetadata;
import weka.core.SelectedTag;
import weka.core.Tag;
import weka.core.Utils;

/**
 * Sets the {@link OptionMetadata}-annotated properties of a component from a command line, strictly.
 * Weka's own reflective setter (weka.core.Option.setOptions) prints a stack trace for a value it
 * cannot convert, stops, and leaves the rest of the options at their defaults, so that a typo trains
 * a different model without an error. Here every value is converted or refused with one message
 * naming the option, and a setter's own range check (an IllegalArgumentException) reaches the
 * caller unchanged. The command-line parsing itself is Weka's (Utils.getOption, getFlag,
 * splitOptions, forName).
 */
public final class StrictOptions {

  private StrictOptions() {
  }

  /**
   * Consumes and applies the options of every annotated property of target's class and its
   * superclasses up to and including {@code oldest}.
   *
   * @throws IllegalArgumentException for a value that cannot be converted or is out of range
   */
  public static void set(String[] options, Object target, Class<?> oldest) throws Exception {
    for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
      for (PropertyDescriptor p : descriptors(c)) {
        apply(options, target, p);
      }
      if (c.equals(oldest)) {
        break;
      }
    }
  }

  /**
   * Consumes and sets the general options every Weka classifier takes (-output-debug-info,
   * -do-not-check-capabilities, -num-decimal-places, -batch-size), each value checked:
   * AbstractClassifier's own setOptions would take a batch size of "abc" and fail on a wrong number
   * of places with a bare NumberFormatException.
   */
  public static void setGeneralClassifierOptions(AbstractClassifier classifier, String[] options) throws Exception {
    classifier.setDebug(Utils.getFlag("output-debug-info", options));
    classifier.setDoNotCheckCapabilities(Utils.getFlag("do-not-check-capabilities", options));
    String places = Utils.getOption("num-decimal-places", options);
    if (!places.isEmpty()) {
      if (!isWholeNumber(places, 0)) {
        throw new IllegalArgumentException("-num-decimal-places expects a whole number >= 0, got '" + places + "'.");
      }
      classifier.setNumDecimalPlaces(Integer.parseInt(places.trim()));
    }
    String batch = Utils.getOption("batch-size", options);
    if (!batch.isEmpty()) {
      if (!isWholeNumber(batch, 1)) {
        throw new IllegalArgumentException("-batch-size expects a whole number >= 1, got '" + batch + "'.");
      }
      classifier.setBatchSize(batch.trim());
    }
  }

  private static boolean isWholeNumber(String text, int least) {
    try {
      return Integer.parseInt(text.trim()) >= least;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static PropertyDescriptor[] descriptors(Class<?> c) throws IntrospectionException {
    BeanInfo info = Introspector.getBeanInfo(c, c.getSuperclass());
    return info.getPropertyDescriptors();
  }

  private static void apply(String[] options, Object target, PropertyDescriptor p) throws Exception {
    Method getter = p.getReadMethod();
    Method setter = p.getWriteMethod();
    if (getter == null || setter == null) {
      return;
    }
    OptionMetadata meta = getter.getAnnotation(OptionMetadata.class);
    if (meta == null) {
      meta = setter.getAnnotation(OptionMetadata.class);
    }
    if (meta == null || meta.commandLineParamName().isEmpty()) {
      return;
    }
    String name = meta.commandLineParamName();
    if (meta.commandLineParamIsFlag()) {
      if (Utils.getFlag(name, options)) {
        invoke(setter, target, Boolean.TRUE, name);
      }
      return;
    }
    Class<?> type = getter.getReturnType();
    if (type.isArray()) {
      List<String> values = new ArrayList<>();
      for (String v = Utils.getOption(name, options); !v.isEmpty(); v = Utils.getOption(name, options)) {
        values.add(v);
      }
      if (values.isEmpty()) {
        return;
      }
      Object array = java.lang.reflect.Array.newInstance(type.getComponentType(), values.size());
      for (int i = 0; i < values.size(); i++) {
        java.lang.reflect.Array.set(array, i, convert(type.getComponentType(), values.get(i), name,
            getter.invoke(target)));
      }
      invoke(setter, target, array, name);
      return;
    }
    boolean given = Utils.getOptionPos(name, options) >= 0;
    String value = Utils.getOption(name, options);
    if (!value.isEmpty()) {
      invoke(setter, target, convert(type, value, name, getter.invoke(target)), name);
    } else if (given) {
      // Weka reads an empty value as the option's absence, which would silently mean the default
      throw new IllegalArgumentException("-" + name + " is given an empty value; give it a value, or leave it"
          + " out for its default.");
    }
  }

  private static Object convert(Class<?> type, String value, String name, Object current) {
    String v = value.trim();
    try {
      if (type == int.class || type == Integer.class) {
        return Integer.parseInt(v);
      }
      if (type == long.class || type == Long.class) {
        return Long.parseLong(v);
      }
      if (type == double.class || type == Double.class) {
        double d = Double.parseDouble(v);
        if (Double.isNaN(d)) {
          throw new NumberFormatException();
        }
        return d;
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("-" + name + " expects " + (type == double.class || type == Double.class
          ? "a number" : "a whole number") + ", got '" + value + "'.");
    }
    if (type == String.class) {
      return value;
    }
    if (type == SelectedTag.class) {
      Tag[] tags = ((SelectedTag) current).getTags();
      List<String> legal = new ArrayList<>();
      for (Tag t : tags) {
        legal.add(t.getReadable());
        if (t.getIDStr().equals(v)) {
          return new SelectedTag(t.getID(), tags);
        }
      }
      int id = Tags.idOfText(v, tags); // the readable name, or the number Weka's own getOptions may write
      if (id >= 0) {
        return new SelectedTag(id, tags);
      }
      throw new IllegalArgumentException("-" + name + " must be one of " + String.join(", ", legal) + ", got '"
          + value + "'.");
    }
    if (OptionHandler.class.isAssignableFrom(type) || type.isInterface() || java.lang.reflect.Modifier.isAbstract(
        type.getModifiers())) {
      return handler(type, value, name);
    }
    throw new IllegalStateException("StrictOptions cannot convert options of type " + type.getName() + ".");
  }

  /** An object from a specification "class.Name -opt value ...", as Weka's GUI writes them. */
  public static Object handler(Class<?> type, String spec, String name) {
    String[] parts;
    try {
      parts = Utils.splitOptions(spec);
    } catch (Exception e) {
      throw new IllegalArgumentException("-" + name + ": cannot split '" + spec + "': " + e.getMessage());
    }
    if (parts.length == 0) {
      throw new IllegalArgumentException("-" + name + " needs a class name with its options.");
    }
    String className = parts[0];
    parts[0] = "";
    try {
      return Utils.forName(type, className, parts);
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (Exception e) {
      String why = e.getMessage() == null ? e.toString() : e.getMessage().trim();
      throw new IllegalArgumentException("-" + name + ": cannot create '" + spec + "': " + why);
    }
  }

  private static void invoke(Method setter, Object target, Object value, String name) throws Exception {
    try {
      setter.invoke(target, value);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception) {
        throw (Exception) cause;
      }
      throw e;
    }
  }
}
