/*
 * fuzz_snapshot.c: snapshots that were written by twin and then changed,
 * with their checksum made to match again, so that the checks of the
 * structure are what stands between a bad file and a wrong answer or a
 * crash, not the checksum.
 *
 * Two real snapshots are made on the first call: of a registry with
 * regions, restated links, sources and aliases, and of the built-in one.
 * The input's first byte chooses one; the rest is a list of changes of
 * five bytes each, a position (32 bits, little-endian, taken modulo the
 * size) and the byte to put there; a final incomplete change cuts the
 * snapshot short by its value.  Whatever reads back is then walked
 * whole.
 */
#include <assert.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "builtin.h"
#include "load.h"
#include "query.h"
#include "registry.h"
#include "snapshot.h"

static const char regions_csv[] =
    "city,region,country,partner,partner_region,partner_country,year,"
    "status,source,note\n"
    "Portland,Maine,US,Arkhangelsk,,RU,1988,,City of Portland,\n"
    "Portland,US-OR,US,Sapporo,,JP,1959,suspended,,a note\n"
    "Sapporo,,JP,Portland,Oregon,US,1960,,Sapporo,restated\n"
    "Portland,,US,Corinto,,NI,,,,\n"
    "Turku,,FI,Turku,,FI,,,,to itself\n";
static const char aliases_csv[] =
    "alias,city,country,region\nRose City,Portland,US,Oregon\n";

static const struct file_identity ids[1] = { { 1, 2, 3, 4, 5, 6, 7 } };

struct base {
	char	*bytes;
	size_t	 len;
};

static struct base bases[2];

static void
make_base(struct base *b, const char *links, size_t links_len,
    const char *aliases, size_t aliases_len)
{
	struct load_options opt = { .report = NULL };
	char path[] = "/tmp/twin-fuzz-snapshot.XXXXXX";
	struct registry reg;
	FILE *fp;
	int fd;

	registry_init(&reg);
	load_buffer(&reg, "links.csv", links, links_len, &opt);
	load_buffer(&reg, "aliases.csv", aliases, aliases_len, &opt);
	registry_build_index(&reg);
	fd = mkstemp(path);
	assert(fd >= 0);
	close(fd);
	assert(snapshot_write(&reg, ids, 1, "/links.csv", 11, path));
	registry_free(&reg);
	fp = fopen(path, "rb");
	assert(fp != NULL);
	fseek(fp, 0, SEEK_END);
	b->len = (size_t)ftell(fp);
	rewind(fp);
	b->bytes = malloc(b->len);
	assert(fread(b->bytes, 1, b->len, fp) == b->len);
	fclose(fp);
	unlink(path);
}

/* Everything a command could reach, so that a bad index shows. */
static void
walk(const struct registry *reg)
{
	struct link_filter f;
	struct rows rows = { NULL, 0, 0 };
	const struct statement *st;
	const link_id *ids_of;
	size_t i, n, k;
	uint32_t j;

	link_filter_init(&f);
	f.status_mask = ALL_STATUSES;
	for (i = 0; i < reg->ncities; i++) {
		ids_of = city_links(reg, (city_id)i, &n);
		for (k = 0; k < n; k++)
			assert(link_other(&reg->links[ids_of[k]], (city_id)i) <
			    reg->ncities);
		query_partners(reg, (city_id)i, &f, &rows);
		(void)region_name(reg, reg->cities[i].region, &n);
	}
	rows_sort(reg, &rows, 0);
	for (i = 0; i < reg->nlinks; i++) {
		st = link_statements(reg, &reg->links[i]);
		for (j = 0; j < link_nstmts(reg, &reg->links[i]); j++)
			assert(strlen(reg->files[st[j].file]) +
			    strlen(registry_text(reg, st[j].source)) +
			    strlen(registry_text(reg, st[j].note)) < SIZE_MAX);
	}
	for (i = 0; i < reg->naliases; i++)
		assert(reg->aliases[i].city == CITY_NONE ||
		    reg->aliases[i].city < reg->ncities);
	rows_free(&rows);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct registry reg;
	struct base *b;
	char *bytes;
	size_t len, i;
	uint32_t at;

	if (bases[0].bytes == NULL) {
		make_base(&bases[0], regions_csv, sizeof(regions_csv) - 1,
		    aliases_csv, sizeof(aliases_csv) - 1);
		make_base(&bases[1], builtin_twinning_csv,
		    builtin_twinning_csv_len, builtin_aliases_csv,
		    builtin_aliases_csv_len);
	}
	if (size == 0)
		return 0;
	b = &bases[data[0] & 1];
	len = b->len;
	bytes = malloc(len);
	memcpy(bytes, b->bytes, len);
	for (i = 1; i + 5 <= size; i += 5) {
		memcpy(&at, data + i, 4);
		bytes[at % len] = (char)data[i + 4];
	}
	if (i < size && data[i] < len)
		len -= data[i];
	snapshot_seal(bytes, len);
	registry_init(&reg);
	if (snapshot_read_memory(&reg, ids, 1, bytes, len))
		walk(&reg);
	registry_free(&reg);
	free(bytes);
	return 0;
}
