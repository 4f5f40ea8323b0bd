// A second latent-factor data set for docs/experiment.md: another seed and another shape than the
// bundled test-data/w2sg-latent.arff.gz. Run from the project root after `mvn package`:
//   jshell --class-path "target/classes:target/weka/*:lib/*" docs/make-latent-b.jsh
import weka.w2s.sim.LatentFactorModel;
import weka.core.converters.ConverterUtils.DataSink;

// 20 latent factors, label noise 0.5, structure seed 7
LatentFactorModel model = new LatentFactorModel(20, 0.5, 7);
model.addRandomView("wA", 32, 16, 1.0, 0.8);   // weak views: 32 columns each, seeing 16, 10, 6, 3 factors
model.addRandomView("wB", 32, 10, 1.0, 0.8);
model.addRandomView("wC", 32, 6, 1.0, 0.8);
model.addRandomView("wD", 32, 3, 1.0, 0.8);
model.addView("strong", 160, java.util.stream.IntStream.range(0, 20).toArray(), 1.0, 0.4); // all 20 factors
DataSink.write("w2sg-latent-b.arff.gz", model.sample("w2sg-latent-b", 1500, true, 8));
/exit
