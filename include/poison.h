/*
 * poison.h: telling AddressSanitizer and valgrind which bytes of memory
 * twin maps itself (scratch.h, block.h) are in use, so that an overrun or
 * a use after it is given back is caught as it would be in memory from
 * malloc().  Without either, it all compiles to nothing.
 */
#ifndef TWIN_POISON_H
#define TWIN_POISON_H

#include <stddef.h>

#if defined(__has_include)
#if __has_include(<sanitizer/asan_interface.h>)
#include <sanitizer/asan_interface.h>
#endif
#if __has_include(<valgrind/memcheck.h>)
#include <valgrind/memcheck.h>
#endif
#endif
#ifndef ASAN_POISON_MEMORY_REGION
#define ASAN_POISON_MEMORY_REGION(p, n) ((void)(p), (void)(n))
#define ASAN_UNPOISON_MEMORY_REGION(p, n) ((void)(p), (void)(n))
#endif
#ifndef VALGRIND_MAKE_MEM_NOACCESS
#define VALGRIND_MAKE_MEM_NOACCESS(p, n) ((void)(p), (void)(n))
#define VALGRIND_MAKE_MEM_DEFINED(p, n) ((void)(p), (void)(n))
#endif

/* n bytes at p are not in use: out of bounds. */
static inline void
poison(void *p, size_t n)
{
	ASAN_POISON_MEMORY_REGION(p, n);
	(void)VALGRIND_MAKE_MEM_NOACCESS(p, n);
}

/* n bytes at p, zero or about to be written, are in use. */
static inline void
unpoison(void *p, size_t n)
{
	ASAN_UNPOISON_MEMORY_REGION(p, n);
	(void)VALGRIND_MAKE_MEM_DEFINED(p, n);
}

#endif
