/* jobs_int.h — what the pieces of the job module share: the table (jobs.c), reaping and waiting
 * (reap.c), the terminal (tty.c), reports (report.c). Private to those: the rest uses jobs.h. */
#ifndef CONCH_JOBS_INT_H
#define CONCH_JOBS_INT_H

#include <stdbool.h>
#include <sys/types.h>
#include <termios.h>

struct job;

/* ---- jobs.c ---------------------------------------------------------------------------------- */
void save_status(pid_t pid, int wstatus);
int status_proc(const struct job *j);
void number_job(struct job *j);

/* ---- tty.c ----------------------------------------------------------------------------------- */
extern pid_t shell_pgid;
extern struct termios shell_tmodes;
extern bool have_shell_tmodes;
void give_terminal(pid_t pgid);

#endif
