/**
 * Migration campaigns (upgrade method 3 of the original, DOMAIN §5 and §6): the agents to move split into a pilot group
 * and waves grouped by domain, subnet or site ({@link io.bulwark.core.migration.WaveSplitter}), kept beside the move
 * journal ({@link io.bulwark.core.migration.CampaignJournal}) and carried out one wave at a time, each wave an ordinary
 * move job that starts only after the one before finished and was confirmed by the administrator
 * ({@link io.bulwark.core.migration.CampaignRunner}); and moving the agents of a finished move back to the domains they
 * came from ({@link io.bulwark.core.migration.MoveBack}). Every move here goes through
 * {@link io.bulwark.core.move.MovePlanner}, {@link io.bulwark.core.move.MoveJournal} and
 * {@link io.bulwark.core.move.MoveRunner}, so it never loses an agent and resumes after a crash like any move. Nothing
 * here touches a user interface.
 */
package io.bulwark.core.migration;
