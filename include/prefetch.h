/*
 * prefetch.h: start fetching memory that is read a little later, so that
 * the cache misses of several reads overlap instead of following one
 * another.  Only a hint: without the compiler's builtin it does nothing.
 */
#ifndef TWIN_PREFETCH_H
#define TWIN_PREFETCH_H

#if defined(__GNUC__) || defined(__clang__)
#define prefetch(p)	__builtin_prefetch(p)
#else
#define prefetch(p)	((void)(p))
#endif

#endif
