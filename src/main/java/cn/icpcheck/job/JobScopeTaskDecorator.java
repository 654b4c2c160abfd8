package cn.icpcheck.job;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.JobContext;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.core.task.TaskDecorator;

/**
 * Lends the job's scope to the threads of a split flow. Spring Batch binds the job execution to the
 * thread that runs the job; the flows of a split run on other threads, where the job-scoped
 * {@link RunState} would otherwise not resolve. Each task registers the execution for its thread
 * and unregisters it when done (without ending the scope, which the job's own thread still holds).
 */
final class JobScopeTaskDecorator implements TaskDecorator {

    @Override
    public Runnable decorate(Runnable task) {
        JobContext context = JobSynchronizationManager.getContext();
        if (context == null) {
            return task;
        }
        JobExecution execution = context.getJobExecution();
        return () -> {
            JobSynchronizationManager.register(execution);
            try {
                task.run();
            } finally {
                JobSynchronizationManager.close();
            }
        };
    }
}
