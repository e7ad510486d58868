/**
 * Cluster-safe jobs: the scheduler that runs the tasks modules declare.
 */
package org.vigie.site.jobs;
