/*
 * csvfloor - the floor for any libcsv-based loader.
 *
 *   csvfloor FILE
 *
 * Parses FILE with libcsv (strict mode), reading 64 KiB blocks with read(2),
 * with callbacks that do nothing but count records, and prints the number of
 * records (the header row included). No field is copied or stored, so the
 * time this takes is what parsing alone costs: a loader built on libcsv
 * cannot be faster than this.
 *
 * Exit status: 0 on success, 2 on error (unreadable file, malformed CSV).
 */
#define _POSIX_C_SOURCE 200809L
#include <csv.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void on_field(void *s, size_t len, void *data)
{
    (void)s;
    (void)len;
    (void)data;
}

static void on_record(int c, void *data)
{
    (void)c;
    ++*(unsigned long long *)data;
}

int main(int argc, char **argv)
{
    static char buf[64 * 1024];
    struct csv_parser p;
    unsigned long long records = 0;

    if (argc != 2) {
        fputs("usage: csvfloor FILE\n", stderr);
        return 2;
    }
    int fd = open(argv[1], O_RDONLY);
    if (fd < 0) {
        fprintf(stderr, "csvfloor: %s: %s\n", argv[1], strerror(errno));
        return 2;
    }
    if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0) {
        fputs("csvfloor: csv_init failed\n", stderr);
        return 2;
    }
    for (;;) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR) continue;
            fprintf(stderr, "csvfloor: %s: %s\n", argv[1], strerror(errno));
            return 2;
        }
        if (n == 0) break;
        if (csv_parse(&p, buf, (size_t)n, on_field, on_record, &records) != (size_t)n) {
            fprintf(stderr, "csvfloor: %s: %s\n", argv[1], csv_strerror(csv_error(&p)));
            return 2;
        }
    }
    if (csv_fini(&p, on_field, on_record, &records) != 0) {
        fprintf(stderr, "csvfloor: %s: %s\n", argv[1], csv_strerror(csv_error(&p)));
        return 2;
    }
    csv_free(&p);
    close(fd);
    printf("%llu\n", records);
    return 0;
}
