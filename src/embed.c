/*
 * embed.c: a build tool.  `embed NAME FILE` writes C source defining
 * `const char NAME[]` with the bytes of FILE and `NAME_len`, so the
 * registry travels inside the binary and twin needs no data directory.
 */
#include <stdio.h>
#include <stdlib.h>

int
main(int argc, char **argv)
{
	FILE *fp;
	int c;
	unsigned long n = 0;

	if (argc != 3) {
		fputs("usage: embed NAME FILE\n", stderr);
		return 2;
	}
	if ((fp = fopen(argv[2], "rb")) == NULL) {
		perror(argv[2]);
		return 2;
	}
	printf("/* Generated from %s by embed; do not edit. */\n", argv[2]);
	printf("#include <stddef.h>\n\nconst char %s[] = {", argv[1]);
	while ((c = getc(fp)) != EOF) {
		printf("%s%d,", n % 16 == 0 ? "\n\t" : " ", c);
		n++;
	}
	if (ferror(fp)) {
		perror(argv[2]);
		return 2;
	}
	fclose(fp);
	/* An empty array is not C; the length below keeps the padding out of sight. */
	printf("%s0\n};\nconst size_t %s_len = %lu;\n", n % 16 == 0 ? "\n\t" : " ",
	    argv[1], n);
	return ferror(stdout) ? 2 : 0;
}
