/* builtin.h: the registry compiled into twin (generated from data/ by the build). */
#ifndef TWIN_BUILTIN_H
#define TWIN_BUILTIN_H

#include <stddef.h>

extern const char builtin_twinning_csv[];
extern const size_t builtin_twinning_csv_len;
extern const char builtin_aliases_csv[];
extern const size_t builtin_aliases_csv_len;
extern const char builtin_places_csv[];
extern const size_t builtin_places_csv_len;

#endif
