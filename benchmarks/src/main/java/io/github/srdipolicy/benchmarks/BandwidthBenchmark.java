package io.github.srdipolicy.benchmarks;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The memory-bandwidth ceiling of the machine as a Java loop sees it: summing a 256 MiB array of
 * longs (far beyond the caches) on one or two threads. Bytes per second = {@link #BYTES} /
 * (seconds per operation), from the fastest sample; the screener's share of it is reported
 * beside its throughput.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class BandwidthBenchmark {
  /** Bytes read per operation. */
  public static final long BYTES = 256L << 20;

  /** Threads reading. */
  @Param({"1", "2"})
  public int threads;

  private long[] data;
  private ForkJoinPool pool;

  /** Fills the array. */
  @Setup(Level.Trial)
  public void setUp() {
    data = new long[(int) (BYTES / 8)];
    for (int i = 0; i < data.length; i++) {
      data[i] = i * 0x9E3779B97F4A7C15L;
    }
    pool = new ForkJoinPool(threads);
  }

  /** Stops the pool. */
  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdown();
  }

  /**
   * Sums the whole array, split over the threads.
   *
   * @return the sum
   * @throws Exception if a task fails
   */
  @Benchmark
  public long read() throws Exception {
    int parts = threads;
    int per = data.length / parts;
    return pool.submit(() -> IntStream.range(0, parts).parallel().mapToLong(p -> {
      long s = 0;
      for (int i = p * per, end = (p + 1) * per; i < end; i++) {
        s += data[i];
      }
      return s;
    }).sum()).get();
  }
}
