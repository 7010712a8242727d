/* cores.h: threads on cores of their own. */
#ifndef TWIN_CORES_H
#define TWIN_CORES_H

#include <pthread.h>
#include <stdbool.h>

/* Whether a second thread would have a core of its own.  Asked by one
 * thread at a time: the answer is kept. */
bool	second_core(void);

/*
 * pthread_create(), with the new thread started on a core other than the
 * caller's, from where the scheduler may move it as it likes.  True when
 * it was started.
 */
bool	start_thread(pthread_t *, void *(*)(void *), void *);

#endif
