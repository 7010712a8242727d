/*
 * prefetch.h: start fetching memory that is read a little later, so that
 * the cache misses of several reads overlap instead of following one
 * another.  Only a hint: without the compiler's builtin it does nothing.
 */
#ifndef TWIN_PREFETCH_H
#define TWIN_PREFETCH_H

#if defined(__GNUC__) || defined(__clang__)
#define prefetch(p)	__builtin_prefetch(p)
/*
 * For a function that does nothing but fetch: GCC takes a prefetch for
 * no effect at all, finds such a function pure and drops every call to
 * it.  Inlined, its prefetches stay in a caller that does work.
 */
#define PREFETCHER	static inline __attribute__((always_inline))
#else
#define prefetch(p)	((void)(p))
#define PREFETCHER	static inline
#endif

#endif
