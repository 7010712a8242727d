/*
 * bytes.h: what kind of bytes a text holds, eight bytes a step.  The
 * loader asks it of every line and field, so the common answer costs a
 * few instructions a word; the rare text that fails is then looked at
 * precisely by the caller.
 */
#ifndef TWIN_BYTES_H
#define TWIN_BYTES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define BYTES_ONES	0x0101010101010101ULL
#define BYTES_HIGHS	0x8080808080808080ULL

/* Plain text: no byte is NUL or outside ASCII. */
static inline bool
plain_ascii(const char *s, size_t len)
{
	uint64_t w;
	size_t i = 0;

	for (; i + 8 <= len; i += 8) {
		memcpy(&w, s + i, 8);
		if ((w | ((w - BYTES_ONES) & ~w)) & BYTES_HIGHS)
			return false;
	}
	for (; i < len; i++)
		if (s[i] == '\0' || ((unsigned char)s[i] & 0x80))
			return false;
	return true;
}

/* Does s hold a control character (below 0x20, or DEL)? */
static inline bool
has_control(const char *s, size_t len)
{
	uint64_t w, del;
	size_t i = 0;

	for (; i + 8 <= len; i += 8) {
		memcpy(&w, s + i, 8);
		del = w ^ (0x7F * BYTES_ONES);
		/* A byte below 0x20 borrows; bytes of 0x80 and up are letters
		 * of UTF-8 and masked out. */
		if ((((w - 0x20 * BYTES_ONES) & ~w) | ((del - BYTES_ONES) & ~del)) &
		    BYTES_HIGHS)
			break;
	}
	for (; i < len; i++)
		if ((unsigned char)s[i] < 0x20 || s[i] == 0x7F)
			return true;
	return false;
}

#endif
