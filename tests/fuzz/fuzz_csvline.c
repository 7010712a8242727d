/*
 * fuzz_csvline.c: csvline_split() against libcsv on arbitrary lines.
 *
 * The first byte chooses the delimiter (bits 0-1: comma, semicolon, tab,
 * pipe) and bit 2 keeps spaces; the rest is the text.  Whenever
 * csvline_split() takes its first line, libcsv must read that line as the
 * same record (tests/csvline/oracle.h).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../csvline/oracle.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char delims[] = ",;\t|";
	char *text;

	if (size < 1)
		return 0;
	/* A copy, so that reading past the end is caught. */
	text = malloc(size - 1 ? size - 1 : 1);
	if (text == NULL)
		return 0;
	memcpy(text, data + 1, size - 1);
	if (oracle_compare(text, size - 1, delims[data[0] & 3],
	    (data[0] & 4) == 0) == 0)
		abort();
	free(text);
	return 0;
}
