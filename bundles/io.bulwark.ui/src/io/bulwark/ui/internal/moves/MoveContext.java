package io.bulwark.ui.internal.moves;

import org.eclipse.e4.ui.di.UISynchronize;

import io.bulwark.ui.FileChooser;

/**
 * What the Move to Server wizard works with.
 *
 * @param servers
 *            the console's servers and their clients
 * @param follower
 *            carries the moves out once started
 * @param campaigns
 *            the migration campaigns, recorded when the agents move in waves
 * @param files
 *            asks for list and plan files
 * @param sync
 *            the UI thread
 * @param showMoves
 *            brings the Moves part to the front, after a move started
 */
record MoveContext(MoveServers servers, MoveFollower follower, CampaignFollower campaigns, FileChooser files,
        UISynchronize sync, Runnable showMoves) {
}
