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

import java.awt.Component;
import java.awt.Dimension;

import weka.gui.GenericArrayEditor;

/**
 * Weka's array editor, opened wide enough for one element and its options on a line: Auto's
 * candidates ("Refine -neighbours 8 -space principal -principal auto -variance 0.9") were cut at
 * about 330 pixels, the width Weka's editor packs to. Registered for TargetStrategy[] in the
 * package's GUIEditors.props.
 */
public class WideArrayEditor extends GenericArrayEditor {

  /** The width the editor opens with at least, in pixels: a line of options at Weka's default font. */
  public static final int MIN_WIDTH = 600;

  @Override
  public Component getCustomEditor() {
    Component editor = super.getCustomEditor();
    Dimension preferred = editor.getPreferredSize();
    if (preferred.width < MIN_WIDTH) {
      editor.setPreferredSize(new Dimension(MIN_WIDTH, preferred.height));
    }
    return editor;
  }
}
