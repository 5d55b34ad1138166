package io.bulwark.model.merge;

/** The three versions a three-way merge of a policy starts from, and what a conflict is resolved with. */
public enum MergeSide {
    /** The version the workspace copy was taken from (the last one both sides agreed on). */
    BASE,
    /** The server's current version: what someone else may have changed meanwhile. */
    THEIRS,
    /** The workspace's version: the administrator's own changes. */
    YOURS
}
