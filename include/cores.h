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

/*
 * pthread_join(), looking for the thread's end for a while before it
 * sleeps on it: a core that sleeps took 0.1-0.3 ms to wake on a virtual
 * machine, where the reader and the index's second half end within tens
 * of microseconds of the caller's own work.
 */
void	join_thread(pthread_t);

#endif
