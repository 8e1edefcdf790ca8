package org.zhsearch.analysis;

import java.util.function.Supplier;

/**
 * A value loaded when first asked for, once: what only some uses of an {@link Analysis} need (the regional variants
 * table takes ~0.3 s to load and a build never asks for it). Thread-safe; a load that throws is tried again by the
 * next caller.
 */
final class LoadedOnce<T> implements Supplier<T> {
    private final Supplier<T> load;
    private volatile T value;

    LoadedOnce(Supplier<T> load) {
        this.load = load;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = load.get();
                    value = v;
                }
            }
        }
        return v;
    }
}
