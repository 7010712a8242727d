/*
 * input.h: the bytes of a registry file as UTF-8, whatever the
 * spreadsheet that wrote it: UTF-8 with or without a byte-order mark as
 * it is, UTF-16 (LE or BE) with a byte-order mark, or any encoding iconv(3)
 * knows when it is named (--encoding CP1252).  Reading the file's columns
 * and values is load.c's job; this is only about its bytes.
 */
#ifndef TWIN_INPUT_H
#define TWIN_INPUT_H

#include <iconv.h>
#include <stdbool.h>
#include <stddef.h>

struct input {
	iconv_t		 cd;		/* (iconv_t)-1: the bytes are UTF-8 */
	const char	*encoding;	/* what the file is read as */
	bool		 started;	/* past the first bytes' sniffing */
	char		 pending[8];	/* a character cut by the end of a chunk */
	size_t		 npending;
	char		*out;		/* the converted text */
	size_t		 cap;
	unsigned long long offset;	/* bytes of the file read so far */
};

/*
 * Start reading a file in the named encoding (NULL: UTF-8, or UTF-16 with
 * a byte-order mark).  False with a message in err for an encoding iconv
 * does not know.
 */
bool	input_start(struct input *, const char *encoding, char *err,
	    size_t errcap);

/*
 * The next chunk of the file as UTF-8 in *text (valid until the next
 * call), or false with a message in err: text that looks like UTF-16
 * without a byte-order mark, or bytes that are not of the encoding.
 */
bool	input_convert(struct input *, const char *buf, size_t len,
	    const char **text, size_t *textlen, char *err, size_t errcap);

/* False with a message when the file ends inside a character. */
bool	input_finish(struct input *, char *err, size_t errcap);

void	input_free(struct input *);

/*
 * Where s[0..len) stops being UTF-8: the offset of the first byte that is
 * not part of a valid sequence, or len.
 */
size_t	utf8_valid_prefix(const char *s, size_t len);

/*
 * Does the text, which is not UTF-8, read like a single-byte encoding
 * such as Windows-1252 or Latin-1 (accented letters as lone high bytes
 * among ASCII)?  *cp1252 says whether it has bytes 0x80-0x9F, which are
 * letters and signs in Windows-1252 but controls in Latin-1.
 */
bool	looks_single_byte(const char *s, size_t len, bool *cp1252);

#endif
