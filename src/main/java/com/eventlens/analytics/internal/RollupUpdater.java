package com.eventlens.analytics.internal;

import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.eventlens.cluster.ConditionalOnNodeRole;
import com.eventlens.cluster.ConditionalOnSingleProcess;
import com.eventlens.cluster.NodeRole;
import com.eventlens.interactions.InteractionsRecorded;

/**
 * The fold's trigger in the single process: the listener of {@link InteractionsRecorded}, whose publication the
 * registry completes once the future of the fold completes, after its commit. Only on a node with the role
 * {@code fold} and without a broker; in cluster mode {@link FoldConsumer} takes its place (and with no listener, the
 * registry records no publication for it). The class and method keep their names: the registry finds the listener of
 * a publication recorded before a restart by them.
 */
@Component
@ConditionalOnNodeRole(NodeRole.FOLD)
@ConditionalOnSingleProcess
class RollupUpdater {

    private final RollupFolder folder;

    RollupUpdater(RollupFolder folder) {
        this.folder = folder;
    }

    /** A batch stored, and its publication recorded: it is folded (with the batch's rows in memory) once queued. */
    @TransactionalEventListener
    CompletableFuture<Void> on(InteractionsRecorded recorded) {
        return folder.queue(recorded);
    }
}
