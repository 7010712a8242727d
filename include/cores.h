/* cores.h: whether a second thread would have a core of its own. */
#ifndef TWIN_CORES_H
#define TWIN_CORES_H

#include <stdbool.h>
#include <unistd.h>

/* Asked by one thread at a time: the answer is kept. */
static inline bool
second_core(void)
{
	static long cores;

	if (cores == 0)
		cores = sysconf(_SC_NPROCESSORS_ONLN);
	return cores > 1;
}

#endif
