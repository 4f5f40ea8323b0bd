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

package weka.w2s.core;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.NativeBLAS;
import dev.ludovic.netlib.lapack.LAPACK;
import dev.ludovic.netlib.lapack.NativeLAPACK;

/**
 * Finds and loads an optimized native BLAS with LAPACK, once per JVM.
 *
 * <p>Left alone, netlib's loader opens {@code libblas.so.3} and {@code liblapack.so.3}, whatever the
 * system's alternatives point them to: on a machine with only Debian's reference BLAS that is a
 * library several times slower than EJML's Java kernels. So the library is looked for by the names
 * of optimized implementations (OpenBLAS, which carries LAPACK too, or MKL) and handed to netlib by
 * absolute path; a library given explicitly (the system property {@value #LIBRARY_PROPERTY}, or
 * netlib's own nativeLibPath properties) must also be one of those. On Linux the loaded file is
 * confirmed in the process's memory map. A sanity check on a small problem guards against a broken
 * installation. Nothing is printed when no library is found.
 */
final class NativeLibrary {

  /** System property with the path of the native BLAS/LAPACK library to use. */
  static final String LIBRARY_PROPERTY = "w2s.native.library";

  private static final String BLAS_PATH = "dev.ludovic.netlib.blas.nativeLibPath";
  private static final String LAPACK_PATH = "dev.ludovic.netlib.lapack.nativeLibPath";
  /** File names of optimized libraries with both BLAS and LAPACK, most common first. */
  private static final String[] NAMES = {"libopenblas.so.0", "libopenblas.so", "libmkl_rt.so.2", "libmkl_rt.so"};
  /** Real file names (after links) of the implementations accepted as faster than the Java kernels. */
  private static final String[] OPTIMIZED = {"openblas", "mkl_rt"};
  /** Kept so that the logging level set on it is not lost to garbage collection. */
  private static final Logger NETLIB_LOG = Logger.getLogger("dev.ludovic.netlib");

  private static NativeLibrary detected;

  final BLAS blas;
  final LAPACK lapack;
  /** The real file that was loaded, or null. */
  final String file;
  private final String unavailableReason;

  private NativeLibrary(BLAS blas, LAPACK lapack, String file, String unavailableReason) {
    this.blas = blas;
    this.lapack = lapack;
    this.file = file;
    this.unavailableReason = unavailableReason;
  }

  boolean available() {
    return unavailableReason == null;
  }

  /** Why the native back end is not available (a sentence), or null. */
  String unavailableReason() {
    return unavailableReason;
  }

  static synchronized NativeLibrary detected() {
    if (detected == null) {
      detected = detect();
    }
    return detected;
  }

  private static NativeLibrary detect() {
    String given = firstSet(LIBRARY_PROPERTY, BLAS_PATH, LAPACK_PATH);
    Path library;
    if (given != null) {
      library = Paths.get(given);
      if (!Files.isRegularFile(library)) {
        return unavailable("the native library '" + given + "' given by a system property does not exist.");
      }
    } else {
      library = search();
      if (library == null) {
        return unavailable("no optimized native BLAS (" + String.join(", ", NAMES) + ") was found in "
            + String.join(File.pathSeparator, searchPath()) + ".");
      }
    }
    String real;
    try {
      real = library.toRealPath().toString();
    } catch (IOException e) {
      return unavailable("the native library '" + library + "' cannot be resolved: " + e.getMessage());
    }
    if (!isOptimized(real)) {
      return unavailable("'" + real + "' is not a known optimized BLAS (OpenBLAS, MKL); a reference BLAS"
          + " is slower than the Java kernels.");
    }
    System.setProperty(BLAS_PATH, real);
    System.setProperty(LAPACK_PATH, real);
    // netlib logs its choice, and the Java kernels it does not use here, on stderr
    NETLIB_LOG.setLevel(Level.SEVERE);
    BLAS blas;
    LAPACK lapack;
    try {
      blas = NativeBLAS.getInstance();
      lapack = NativeLAPACK.getInstance();
    } catch (Throwable e) { // an UnsatisfiedLinkError or netlib's RuntimeException
      return unavailable("'" + real + "' could not be loaded through netlib (" + e + ").");
    }
    if (!mapped(real)) {
      return unavailable("'" + real + "' was not found in the process's memory map after loading.");
    }
    String broken = sanityCheck(blas, lapack);
    if (broken != null) {
      return unavailable("'" + real + "' gives wrong results: " + broken);
    }
    return new NativeLibrary(blas, lapack, real, null);
  }

  private static NativeLibrary unavailable(String reason) {
    return new NativeLibrary(null, null, null, reason);
  }

  private static String firstSet(String... properties) {
    for (String p : properties) {
      String v = System.getProperty(p);
      if (v != null && !v.trim().isEmpty()) {
        return v.trim();
      }
    }
    return null;
  }

  static boolean isOptimized(String realPath) {
    String name = Paths.get(realPath).getFileName().toString().toLowerCase(Locale.ROOT);
    for (String o : OPTIMIZED) {
      if (name.contains(o)) {
        return true;
      }
    }
    return false;
  }

  private static Path search() {
    for (String name : NAMES) {
      for (String dir : searchPath()) {
        Path p = Paths.get(dir, name);
        if (Files.isRegularFile(p)) {
          return p;
        }
      }
    }
    return null;
  }

  /** Where the dynamic linker and the JVM look, then the usual system and OpenBLAS directories. */
  private static List<String> searchPath() {
    Set<String> dirs = new LinkedHashSet<>();
    for (String variable : new String[] {System.getenv("LD_LIBRARY_PATH"), System.getProperty("java.library.path")}) {
      if (variable != null) {
        for (String d : variable.split(File.pathSeparator)) {
          if (!d.isEmpty()) {
            dirs.add(d);
          }
        }
      }
    }
    String arch = System.getProperty("os.arch", "");
    String multiarch = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64-linux-gnu" : arch + "-linux-gnu";
    for (String d : new String[] {"/usr/lib/" + multiarch, "/lib/" + multiarch, "/usr/lib64", "/usr/lib",
        "/usr/local/lib", "/opt/OpenBLAS/lib"}) {
      dirs.add(d);
    }
    return new ArrayList<>(dirs);
  }

  /** True if the file is mapped into this process (checked where /proc exists; elsewhere assumed). */
  private static boolean mapped(String real) {
    Path maps = Paths.get("/proc/self/maps");
    if (!Files.isReadable(maps)) {
      return true;
    }
    try {
      for (String line : Files.readAllLines(maps, StandardCharsets.UTF_8)) {
        if (line.endsWith(" " + real) || line.endsWith("\t" + real)) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      return true;
    }
  }

  /** A 2 x 2 product and eigenproblem with known answers; null if right, else what went wrong. */
  private static String sanityCheck(BLAS blas, LAPACK lapack) {
    // A = [1 2; 3 4] column-major: A^T A = [10 14; 14 20] (upper triangle)
    double[] a = {1, 3, 2, 4};
    double[] c = new double[4];
    blas.dsyrk("U", "T", 2, 2, 1.0, a, 2, 0.0, c, 2);
    if (c[0] != 10 || c[2] != 14 || c[3] != 20) {
      return "dsyrk of a 2 x 2 matrix.";
    }
    // [2 1; 1 2] has eigenvalues 1 and 3
    double[] s = {2, 1, 1, 2};
    double[] w = new double[2];
    org.netlib.util.intW info = new org.netlib.util.intW(0);
    lapack.dsyev("N", "U", 2, s, 2, w, new double[16], 16, info);
    if (info.val != 0 || Math.abs(w[0] - 1) > 1e-14 || Math.abs(w[1] - 3) > 1e-14) {
      return "dsyev of a 2 x 2 matrix.";
    }
    return null;
  }
}
