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

import weka.core.SelectedTag;
import weka.core.Tag;
import weka.w2s.core.PrincipalRule;

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

  /** The ID of the tag whose text or number is the given command-line value, or -1 if none is. */
  public static int idOfText(String text, Tag[] legal) {
    for (Tag t : legal) {
      if (t.getReadable().equals(text.trim()) || Integer.toString(t.getID()).equals(text.trim())) {
        return t.getID();
      }
    }
    return -1;
  }

  /**
   * The rules for the principal dimension as tags: ID the kind's ordinal, text its id (Weka writes a
   * tag's readable text into command lines, so the id is the readable text too).
   */
  public static Tag[] principalRules() {
    PrincipalRule.Kind[] kinds = PrincipalRule.Kind.values();
    Tag[] tags = new Tag[kinds.length];
    for (PrincipalRule.Kind kind : kinds) {
      tags[kind.ordinal()] = new Tag(kind.ordinal(), kind.id(), kind.id(), false);
    }
    return tags;
  }
}
