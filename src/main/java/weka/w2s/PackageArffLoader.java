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

package weka.w2s;

import weka.core.RevisionUtils;
import weka.core.converters.ArffLoader;

/**
 * Weka's ArffLoader, able to read ARFF files bundled inside this package's jar.
 *
 * <p>When a file path does not exist on disk, {@link weka.core.converters.AbstractFileLoader} looks
 * the path up as a class-path resource through {@code getClass().getClassLoader()}. For ArffLoader
 * itself that is Weka's own class loader, which cannot see into an installed package (every Weka
 * package has a class loader of its own), so the built-in templates' trick of naming a resource
 * path only works for data inside weka.jar. This subclass is loaded by the package's class loader,
 * so the same lookup finds the package's resources; that is all it changes. The KnowledgeFlow
 * template of this package uses it to load its bundled data out of the box.
 */
public class PackageArffLoader extends ArffLoader {

  private static final long serialVersionUID = 1L;

  @Override
  public String globalInfo() {
    return "Reads an ARFF file, like ArffLoader; a path that does not exist on disk is also looked up"
        + " inside the weakToStrong package (as the package's KnowledgeFlow template does with"
        + " weka/w2s/templates/w2sg-latent-template.arff). For your own data, use ArffLoader or any"
        + " other loader.";
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  public static void main(String[] args) {
    runFileLoader(new PackageArffLoader(), args);
  }
}
