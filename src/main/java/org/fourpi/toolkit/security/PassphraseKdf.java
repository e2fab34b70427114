package org.fourpi.toolkit.security;

import java.util.function.LongSupplier;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Argon2id (Bouncy Castle): a passphrase and a salt to a 32-byte key, slow on purpose. */
public final class PassphraseKdf {

    /** About how long one unlock should take on the computer that turns protection on. */
    static final long TARGET_NANOS = 500_000_000L;
    private static final int MAX_ITERATIONS = 20;

    private PassphraseKdf() {
    }

    /** The key for a passphrase (or recovery code) with the given salt and cost. */
    public static byte[] derive(char[] secret, byte[] salt, KdfCost cost) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(cost.memoryKiB())
                .withIterations(cost.iterations())
                .withParallelism(cost.parallelism())
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] key = new byte[32];
        generator.generateBytes(secret, key);
        return key;
    }

    /**
     * The cost that takes about half a second here: the memory stays at least 64 MiB and the passes
     * grow until one derivation takes the target time.
     */
    public static KdfCost tune() {
        return tune(KdfCost.minimum(), TARGET_NANOS, System::nanoTime);
    }

    static KdfCost tune(KdfCost start, long targetNanos, LongSupplier clock) {
        byte[] salt = new byte[16];
        char[] sample = "tuning sample".toCharArray();
        long begin = clock.getAsLong();
        derive(sample, salt, start);
        long onePass = Math.max(1, (clock.getAsLong() - begin) / start.iterations());
        long passes = Math.max(start.iterations(), Math.min(MAX_ITERATIONS, targetNanos / onePass));
        return new KdfCost(start.memoryKiB(), (int) passes, start.parallelism());
    }
}
