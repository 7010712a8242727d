/*
 * prefetch.h: start fetching memory that is read a little later, so that
 * the cache misses of several reads overlap instead of following one
 * another.  Only a hint: without the compiler's builtin it does nothing.
 */
#ifndef TWIN_PREFETCH_H
#define TWIN_PREFETCH_H

#if defined(__GNUC__) || defined(__clang__)
#define prefetch(p)	__builtin_prefetch(p)
#define prefetch_to_write(p)	__builtin_prefetch(p, 1)
/*
 * For a function that does nothing but fetch: GCC takes a prefetch for
 * no effect at all, finds such a function pure and drops every call to
 * it.  Inlined, its prefetches stay in a caller that does work.
 */
#define PREFETCHER	static inline __attribute__((always_inline))
#else
#define prefetch(p)	((void)(p))
#define prefetch_to_write(p)	((void)(p))
#define PREFETCHER	static inline
#endif

/*
 * prefetch_to_write() fetches a line to be written: owned at once, taken
 * from another core's cache rather than shared with it and then claimed.
 * A function that calls it is a WRITE_PREFETCHER: on x86 the compilers
 * emit the instruction for that (PREFETCHW) only where told the target
 * has it, which the x86-64 baseline does not say, though processors
 * that lack it (Intel's before Broadwell) take it for a no-op.  Elsewhere it
 * is an ordinary prefetch, or nothing.
 */
#if (defined(__GNUC__) || defined(__clang__)) && \
    (defined(__x86_64__) || defined(__i386__))
#define WRITE_PREFETCHER	__attribute__((target("prfchw")))
#else
#define WRITE_PREFETCHER
#endif

#endif
