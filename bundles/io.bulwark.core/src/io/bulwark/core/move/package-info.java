/**
 * Moving agents between management servers (DESIGN §5), for the console and the command line alike: reading an imported
 * agent list ({@link io.bulwark.core.move.AgentLists}), planning a move with the agents pinned by id
 * ({@link io.bulwark.core.move.MovePlanner}, {@link io.bulwark.core.move.MovePlan}, saved by
 * {@link io.bulwark.core.move.MovePlanFile}), the journal on disk that survives a crash
 * ({@link io.bulwark.core.move.MoveJournal}) and the runner that carries a job out and resumes it
 * ({@link io.bulwark.core.move.MoveRunner}), and replicating the source's domain structure and settings on the target
 * first ({@link io.bulwark.core.move.StructureReplication}). Everything long takes a progress monitor and can be
 * cancelled; nothing here touches a user interface.
 */
package io.bulwark.core.move;
