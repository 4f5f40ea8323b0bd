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

/**
 * The command-line face of the package: the tools W2SGAnalysis and W2SGExperiment, and the runners
 * that give the package's classifiers, filters and generators their strict command line (one message,
 * the right exit code, atomic output). Nothing below this face imports it; the components' main
 * methods call its runners, as Weka's components call Weka's.
 * PackageArffLoader, the loader of the KnowledgeFlow template's bundled data, also lives here.
 */
package weka.w2s;
