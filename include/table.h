/*
 * table.h: the size of an open-addressing hash table, and where a hash
 * starts its probe, for strmap.c and spelling.c.
 *
 * A table is sized for what it will hold rather than to a power of two:
 * a registry of a million rows names 652,000 cities, for which a power
 * of two would be 1,048,576 slots, 21% more than three quarters full
 * needs.  The probe starts at the hash scaled to the size (the high bits
 * of hash * cap), which needs no division.
 */
#ifndef TWIN_TABLE_H
#define TWIN_TABLE_H

#include <stddef.h>
#include <stdint.h>

/* Slots for n entries, at most three quarters full, in whole 64-byte
 * lines of 8-byte slots, and at least 64. */
static inline size_t
table_cap(size_t n)
{
	size_t cap = n / 3 * 4 + 8;

	cap = (cap + 7) & ~(size_t)7;
	return cap < 64 ? 64 : cap;
}

/*
 * The slots a table of cap slots grows to so as to hold n entries, or 0
 * when it holds them already.  Half again at least: a table that grows
 * one entry at a time stays linear, and so does a registry of many files
 * that reserves room for each.
 */
static inline size_t
table_grow(size_t n, size_t cap)
{
	if (n * 4 <= cap * 3)
		return 0;
	return table_cap(n > cap * 3 / 2 ? n : cap * 3 / 2);
}

/* The slot after slot i in a probe: the last is followed by the first. */
static inline size_t
table_next(size_t i, size_t cap)
{
	return i + 1 < cap ? i + 1 : 0;
}

/* The slot where a probe for hash starts, in a table of cap slots. */
static inline size_t
table_slot(uint32_t hash, size_t cap)
{
	return (size_t)(((uint64_t)hash * cap) >> 32);
}

#endif
