package io.bulwark.client;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import io.bulwark.client.internal.ApiCaller;
import io.bulwark.client.internal.Call;
import io.bulwark.client.internal.TypedCalls;
import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.admin.GroupingRule;

/**
 * The calls of a {@link ServerClient} on its server's automatic grouping rules: which domain an agent that registers
 * from an address is placed in. Obtained from {@link ServerClient#groupingRules()}; shares its client's session, trust,
 * retries and cancellation. Only a root account may change rules; other roles are answered with
 * {@link ForbiddenException}.
 */
public final class ServerGroupingRules {

    private final ApiCaller caller;
    private final TypedCalls calls;

    ServerGroupingRules(ApiCaller caller, TypedCalls calls) {
        this.caller = caller;
        this.calls = calls;
    }

    /**
     * @param monitor
     *            cancels the call, or {@code null}
     * @return every rule of the server, in the order the server tries them
     * @throws ServerException
     *             if the call fails
     */
    public List<GroupingRule> list(IProgressMonitor monitor) throws ServerException {
        return List.of(calls.get(ApiPaths.GROUPING_RULES, GroupingRule[].class, monitor));
    }

    /**
     * Adds a rule.
     *
     * @param ipRange
     *            the addresses it matches: an address, a CIDR block or a first-last range
     * @param domainId
     *            the domain matching agents are placed in
     * @param position
     *            its place among the rules (1 is tried first), or {@code null} to append it
     * @param monitor
     *            cancels the call, or {@code null}
     * @return the new rule
     * @throws ServerException
     *             e.g. {@link InvalidRequestException} for a bad range or an unknown domain
     */
    public GroupingRule create(String ipRange, long domainId, Integer position, IProgressMonitor monitor)
            throws ServerException {
        return calls.mutate("POST", ApiPaths.GROUPING_RULES, //$NON-NLS-1$
                new GroupingRule(null, ipRange, Long.valueOf(domainId), position), null, GroupingRule.class,
                monitor);
    }

    /**
     * Replaces a rule's range, domain and position.
     *
     * @param rule
     *            the rule with its id and every member set
     * @param monitor
     *            cancels the call, or {@code null}
     * @return the rule after the change
     * @throws ServerException
     *             e.g. {@link NotFoundException} for a rule deleted meanwhile
     */
    public GroupingRule update(GroupingRule rule, IProgressMonitor monitor) throws ServerException {
        if (rule.id() == null) {
            throw new IllegalArgumentException("A rule to change needs its id"); //$NON-NLS-1$
        }
        return calls.mutate("PUT", path(rule.id().longValue()), rule, null, GroupingRule.class, monitor); //$NON-NLS-1$
    }

    /**
     * @param ruleId
     *            the rule
     * @param monitor
     *            cancels the call, or {@code null}
     * @throws ServerException
     *             e.g. {@link NotFoundException} for a rule deleted meanwhile
     */
    public void delete(long ruleId, IProgressMonitor monitor) throws ServerException {
        caller.send(Call.mutation("DELETE", path(ruleId), null, null), ApiCaller.noBody(), monitor); //$NON-NLS-1$
    }

    private static String path(long ruleId) {
        return ApiPaths.GROUPING_RULES + "/" + ruleId; //$NON-NLS-1$
    }
}
