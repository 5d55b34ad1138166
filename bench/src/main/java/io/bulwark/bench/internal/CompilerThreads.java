package io.bulwark.bench.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The CPU time this JVM's JIT compiler threads have used, as Linux counts it for each thread in
 * {@code /proc/self/task}. The JVM's own count ({@code CompilationMXBean}) is elapsed time, which on a busy machine
 * includes the time a compiler thread waited for a core.
 */
public final class CompilerThreads {

    private static final Path TASKS = Path.of("/proc/self/task"); //$NON-NLS-1$
    /**
     * Clock ticks a second in {@code /proc/.../stat}: {@code USER_HZ}, 100 on every Linux architecture Java runs on.
     */
    private static final long TICKS_PER_SECOND = 100;
    /** {@code utime} and {@code stime}, counted from the field after the command name. */
    private static final int USER_TIME = 11;
    private static final int SYSTEM_TIME = 12;

    private CompilerThreads() {
    }

    /** @return the CPU time of the compiler threads alive now, or empty where {@code /proc} does not tell */
    public static OptionalLong cpuNanos() {
        if (!Files.isDirectory(TASKS)) {
            return OptionalLong.empty();
        }
        long ticks = 0;
        try (Stream<Path> tasks = Files.list(TASKS)) {
            for (Path task : tasks.toList()) {
                ticks += compilerTicks(task);
            }
        } catch (IOException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(ticks * 1_000_000_000L / TICKS_PER_SECOND);
    }

    private static long compilerTicks(Path task) {
        try {
            String name = Files.readString(task.resolve("comm"), StandardCharsets.UTF_8); //$NON-NLS-1$
            if (!name.startsWith("C1 CompilerThre") && !name.startsWith("C2 CompilerThre")) { //$NON-NLS-1$ //$NON-NLS-2$
                return 0;
            }
            String stat = Files.readString(task.resolve("stat"), StandardCharsets.UTF_8); //$NON-NLS-1$
            List<String> fields = List.of(stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ")); //$NON-NLS-1$
            return Long.parseLong(fields.get(USER_TIME)) + Long.parseLong(fields.get(SYSTEM_TIME));
        } catch (IOException | RuntimeException e) {
            return 0; // the thread ended meanwhile
        }
    }
}
