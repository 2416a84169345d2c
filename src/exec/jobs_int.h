/* jobs_int.h — what the pieces of the job module share: the table (jobs.c), reaping and waiting
 * (reap.c), the terminal (tty.c), reports (report.c). Private to those: the rest uses jobs.h. */
#ifndef CONCH_JOBS_INT_H
#define CONCH_JOBS_INT_H

#include <stdbool.h>
#include <sys/types.h>

struct job;

/* ---- jobs.c ---------------------------------------------------------------------------------- */
/* Keeps the status of a process whose job is gone (or that had none) for jobs_saved_status. */
void jobs_save_status(pid_t pid, int wstatus);
/* Index of the process whose status is the job's (last stage, pipefail, a stopped one), or -1
 * for a job without processes. */
int jobs_status_proc(const struct job *j);
/* Sets PIPESTATUS from the statuses of j's processes (after a foreground wait). */
void jobs_record_pipestatus(const struct job *j);
/* Gives j the lowest free job number, unless it has one. */
void jobs_number(struct job *j);

/* ---- tty.c (all do nothing without a terminal, jobs_tty_fd < 0) ----------------------------- */
/* tcsetpgrp with SIGTTOU blocked. */
void tty_give(pid_t pgid);
/* fg: the modes j had when it stopped, then the terminal. */
void tty_give_to_job(const struct job *j);
/* A foreground job being waited for: the terminal, only while the shell's group still has it
 * (a job's first child takes it itself, and may hand it on). */
void tty_give_if_ours(pid_t pgid);
/* After a foreground job with its own group finished (wstatus: its status) or stopped: saves
 * a stopped job's modes in j, takes the terminal back, restores the shell's modes unless the
 * job exited normally (then its modes become the shell's, as `stty` expects). */
void tty_take_back(struct job *j, bool stopped, int wstatus);

#endif
