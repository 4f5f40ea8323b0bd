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

package weka.w2s.encoders;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15.BgeSmallEnV15EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.e5smallv2.E5SmallV2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import weka.core.Tag;

/**
 * The pretrained sentence encoders this package runs: LangChain4j's in-process ONNX models, whose
 * weights ship inside their Maven jars and run offline on ONNX Runtime. Every model maps a text to
 * a unit-length vector (LangChain4j normalises the pooled output); texts longer than the model's 512
 * tokens are split and their partial embeddings averaged, weighted by token count.
 */
public enum Encoder {

  /** sentence-transformers/all-MiniLM-L6-v2 (Apache 2.0), mean pooling. */
  MINILM("minilm", "all-MiniLM-L6-v2", 384, AllMiniLmL6V2EmbeddingModel::new),
  /** all-MiniLM-L6-v2, 8-bit quantized. */
  MINILM_Q("minilm_q", "all-MiniLM-L6-v2 (quantized)", 384, AllMiniLmL6V2QuantizedEmbeddingModel::new),
  /** BAAI/bge-small-en-v1.5 (MIT), CLS pooling. */
  BGE("bge", "bge-small-en-v1.5", 384, BgeSmallEnV15EmbeddingModel::new),
  /** bge-small-en-v1.5, 8-bit quantized. */
  BGE_Q("bge_q", "bge-small-en-v1.5 (quantized)", 384, BgeSmallEnV15QuantizedEmbeddingModel::new),
  /** intfloat/e5-small-v2 (MIT), mean pooling; its authors prefix inputs with "query: ". */
  E5("e5", "e5-small-v2", 384, E5SmallV2EmbeddingModel::new),
  /** e5-small-v2, 8-bit quantized. */
  E5_Q("e5_q", "e5-small-v2 (quantized)", 384, E5SmallV2QuantizedEmbeddingModel::new);

  private static final Map<Encoder, EmbeddingModel> LOADED = new EnumMap<>(Encoder.class);

  /**
   * Embeds the texts of one call in parallel, one text per task (each text is encoded on its own,
   * so the result does not depend on the number of threads). Daemon threads: they never keep a JVM
   * alive.
   */
  private static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(
      Math.max(1, Runtime.getRuntime().availableProcessors()), runnable -> {
        Thread t = new Thread(runnable, "SentenceEmbedding");
        t.setDaemon(true);
        return t;
      });

  private final String id;
  private final String modelName;
  private final int dimension;
  private final Function<Executor, EmbeddingModel> factory;

  Encoder(String id, String modelName, int dimension, Function<Executor, EmbeddingModel> factory) {
    this.id = id;
    this.modelName = modelName;
    this.dimension = dimension;
    this.factory = factory;
  }

  /** The short name used on the command line and as the prefix of the embedding attributes. */
  public String id() {
    return id;
  }

  /** The model's published name. */
  public String modelName() {
    return modelName;
  }

  /** The length of the embedding. */
  public int dimension() {
    return dimension;
  }

  /** The encoder with the given short name (case-insensitive). */
  public static Encoder byId(String id) {
    for (Encoder e : values()) {
      if (e.id.equalsIgnoreCase(id.trim())) {
        return e;
      }
    }
    List<String> ids = new ArrayList<>();
    for (Encoder e : values()) {
      ids.add(e.id);
    }
    throw new IllegalArgumentException("Unknown encoder '" + id + "'; choose one of " + ids + ".");
  }

  /** Weka tags, one per encoder: the ordinal as ID, the short name as text (Weka parses options by it). */
  public static Tag[] tags() {
    Tag[] tags = new Tag[values().length];
    for (Encoder e : values()) {
      tags[e.ordinal()] = new Tag(e.ordinal(), e.id, e.id);
    }
    return tags;
  }

  /**
   * Embeds texts, in order. Each text must contain a non-blank character.
   *
   * @return one unit-length vector of {@link #dimension()} values per text
   */
  public float[][] embed(List<String> texts) {
    if (texts.isEmpty()) {
      return new float[0][];
    }
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String t : texts) {
      segments.add(TextSegment.from(t));
    }
    List<Embedding> embeddings = model().embedAll(segments).content();
    float[][] out = new float[embeddings.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = embeddings.get(i).vector();
    }
    return out;
  }

  /**
   * The loaded model, created once per class loader; its texts are spread over one thread per core.
   *
   * <p>LangChain4j reads the model from the thread's context class loader, which inside Weka's
   * package system is not the loader that sees this package's lib/ jars; loading is done with this
   * class's own loader as context.
   */
  private EmbeddingModel model() {
    synchronized (LOADED) {
      EmbeddingModel model = LOADED.get(this);
      if (model == null) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Encoder.class.getClassLoader());
        try {
          model = factory.apply(EXECUTOR);
        } catch (ExceptionInInitializerError | NoClassDefFoundError e) {
          throw new IllegalStateException("Could not load the " + modelName + " encoder from its jar ("
              + e + "); check that the weakToStrongEncoders package's lib/ folder is complete.", e);
        } finally {
          thread.setContextClassLoader(previous);
        }
        LOADED.put(this, model);
      }
      return model;
    }
  }
}
