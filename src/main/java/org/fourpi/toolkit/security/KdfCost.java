package org.fourpi.toolkit.security;

/**
 * How much work Argon2id does to turn a passphrase into a key: memory in KiB, passes over it, and lanes.
 * The cost is chosen once on the computer that turns protection on and kept in the key file.
 */
public record KdfCost(int memoryKiB, int iterations, int parallelism) {

    /** The least memory allowed for data kept by the program: 64 MiB. */
    public static final int MIN_MEMORY_KIB = 64 * 1024;

    public KdfCost {
        if (memoryKiB < 8 * parallelism || iterations < 1 || parallelism < 1 || parallelism > 16) {
            throw new IllegalArgumentException("Not an Argon2id cost: " + memoryKiB + "/" + iterations + "/" + parallelism);
        }
    }

    /** The starting point for tuning: 64 MiB, one pass, one lane. */
    public static KdfCost minimum() {
        return new KdfCost(MIN_MEMORY_KIB, 1, 1);
    }
}
