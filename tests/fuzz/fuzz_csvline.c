/*
 * fuzz_csvline.c: csvline_split() against libcsv on arbitrary lines.
 *
 * The first byte chooses the delimiter (bits 0-1: comma, semicolon, tab,
 * pipe) and bit 2 keeps spaces; the rest, up to its first newline, is the
 * line.  Whenever csvline_split() takes the line, libcsv must read it as
 * the same record (tests/csvline/oracle.h).
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
	const uint8_t *nl;
	char *line;
	size_t n;

	if (size < 1)
		return 0;
	nl = memchr(data + 1, '\n', size - 1);
	n = nl != NULL ? (size_t)(nl - data - 1) : size - 1;
	line = malloc(n + 1);
	if (line == NULL)
		return 0;
	memcpy(line, data + 1, n);
	line[n] = '\n';
	if (oracle_compare(line, n + 1, delims[data[0] & 3],
	    (data[0] & 4) == 0) == 0)
		abort();
	free(line);
	return 0;
}
