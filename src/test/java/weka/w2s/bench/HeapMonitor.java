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

package weka.w2s.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Heap use of one benchmark phase, in the JVM that runs only that phase. Two measures:
 * <ul>
 * <li>the peak heap: the sum over the heap pools of their peak usage since the phase began (the pool
 * peaks are reset after a full collection at the start). It includes garbage the collector had not
 * yet reclaimed, so it is an upper bound that also depends on how large the collector lets the young
 * generation grow;</li>
 * <li>the peak live heap: the largest heap occupancy right after any collection during the phase,
 * i.e. what the phase actually kept reachable (a lower bound of the true peak of reachable data,
 * sampled at every collection).</li>
 * </ul>
 */
final class HeapMonitor implements NotificationListener {

  private final List<MemoryPoolMXBean> heapPools = new ArrayList<>();
  private final Set<String> heapPoolNames = new HashSet<>();
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final AtomicLong maxAfterGc = new AtomicLong();
  private final AtomicInteger collections = new AtomicInteger();
  private long baseline;

  /** What one phase used, in bytes. */
  static final class Usage {
    final long baseline;
    final long peak;
    final long peakLive;
    final int collections;

    Usage(long baseline, long peak, long peakLive, int collections) {
      this.baseline = baseline;
      this.peak = peak;
      this.peakLive = peakLive;
      this.collections = collections;
    }
  }

  private HeapMonitor() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
        heapPools.add(pool);
        heapPoolNames.add(pool.getName());
      }
    }
  }

  /** Collects garbage, records the heap in use and starts watching. */
  static HeapMonitor start() {
    HeapMonitor monitor = new HeapMonitor();
    fullCollection();
    monitor.baseline = monitor.used();
    for (MemoryPoolMXBean pool : monitor.heapPools) {
      pool.resetPeakUsage();
    }
    monitor.maxAfterGc.set(monitor.baseline);
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter) {
        NotificationEmitter emitter = (NotificationEmitter) gc;
        emitter.addNotificationListener(monitor, null, null);
        monitor.emitters.add(emitter);
      }
    }
    return monitor;
  }

  /** Stops watching and returns the phase's heap use. */
  Usage stop() {
    long peak = 0;
    for (MemoryPoolMXBean pool : heapPools) {
      peak += pool.getPeakUsage().getUsed();
    }
    // collection notifications are delivered on another thread; let the last ones arrive
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(this);
      } catch (javax.management.ListenerNotFoundException e) {
        // already gone
      }
    }
    return new Usage(baseline, peak, maxAfterGc.get(), collections.get());
  }

  @Override
  public void handleNotification(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long after = 0;
    for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      if (heapPoolNames.contains(e.getKey())) {
        after += e.getValue().getUsed();
      }
    }
    collections.incrementAndGet();
    maxAfterGc.accumulateAndGet(after, Math::max);
  }

  private long used() {
    long sum = 0;
    for (MemoryPoolMXBean pool : heapPools) {
      sum += pool.getUsage().getUsed();
    }
    return sum;
  }

  private static void fullCollection() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
  }
}
