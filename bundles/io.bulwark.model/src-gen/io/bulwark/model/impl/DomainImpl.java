/**
 */
package io.bulwark.model.impl;

import io.bulwark.model.Agent;
import io.bulwark.model.Domain;
import io.bulwark.model.GroupingRule;
import io.bulwark.model.ModelPackage;

import io.bulwark.model.settings.Policy;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Domain</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.impl.DomainImpl#getId <em>Id</em>}</li>
 *   <li>{@link io.bulwark.model.impl.DomainImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.bulwark.model.impl.DomainImpl#getDomains <em>Domains</em>}</li>
 *   <li>{@link io.bulwark.model.impl.DomainImpl#getAgents <em>Agents</em>}</li>
 *   <li>{@link io.bulwark.model.impl.DomainImpl#getPolicy <em>Policy</em>}</li>
 *   <li>{@link io.bulwark.model.impl.DomainImpl#getAgentCount <em>Agent Count</em>}</li>
 *   <li>{@link io.bulwark.model.impl.DomainImpl#getGroupingRules <em>Grouping Rules</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DomainImpl extends MinimalEObjectImpl.Container implements Domain {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final long ID_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected long id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDomains() <em>Domains</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomains()
	 * @generated
	 * @ordered
	 */
	protected EList<Domain> domains;

	/**
	 * The cached value of the '{@link #getAgents() <em>Agents</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgents()
	 * @generated
	 * @ordered
	 */
	protected EList<Agent> agents;

	/**
	 * The cached value of the '{@link #getPolicy() <em>Policy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicy()
	 * @generated
	 * @ordered
	 */
	protected Policy policy;

	/**
	 * The default value of the '{@link #getAgentCount() <em>Agent Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgentCount()
	 * @generated
	 * @ordered
	 */
	protected static final long AGENT_COUNT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getAgentCount() <em>Agent Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgentCount()
	 * @generated
	 * @ordered
	 */
	protected long agentCount = AGENT_COUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGroupingRules() <em>Grouping Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupingRules()
	 * @generated
	 * @ordered
	 */
	protected EList<GroupingRule> groupingRules;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DomainImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.DOMAIN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(long newId) {
		long oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DOMAIN__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DOMAIN__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Domain> getDomains() {
		if (domains == null) {
			domains = new EObjectContainmentEList<Domain>(Domain.class, this, ModelPackage.DOMAIN__DOMAINS);
		}
		return domains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Agent> getAgents() {
		if (agents == null) {
			agents = new EObjectContainmentEList<Agent>(Agent.class, this, ModelPackage.DOMAIN__AGENTS);
		}
		return agents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Policy getPolicy() {
		return policy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPolicy(Policy newPolicy, NotificationChain msgs) {
		Policy oldPolicy = policy;
		policy = newPolicy;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.DOMAIN__POLICY, oldPolicy, newPolicy);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPolicy(Policy newPolicy) {
		if (newPolicy != policy) {
			NotificationChain msgs = null;
			if (policy != null)
				msgs = ((InternalEObject)policy).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.DOMAIN__POLICY, null, msgs);
			if (newPolicy != null)
				msgs = ((InternalEObject)newPolicy).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.DOMAIN__POLICY, null, msgs);
			msgs = basicSetPolicy(newPolicy, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DOMAIN__POLICY, newPolicy, newPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getAgentCount() {
		return agentCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgentCount(long newAgentCount) {
		long oldAgentCount = agentCount;
		agentCount = newAgentCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DOMAIN__AGENT_COUNT, oldAgentCount, agentCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GroupingRule> getGroupingRules() {
		if (groupingRules == null) {
			groupingRules = new EObjectContainmentEList<GroupingRule>(GroupingRule.class, this, ModelPackage.DOMAIN__GROUPING_RULES);
		}
		return groupingRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.DOMAIN__DOMAINS:
				return ((InternalEList<?>)getDomains()).basicRemove(otherEnd, msgs);
			case ModelPackage.DOMAIN__AGENTS:
				return ((InternalEList<?>)getAgents()).basicRemove(otherEnd, msgs);
			case ModelPackage.DOMAIN__POLICY:
				return basicSetPolicy(null, msgs);
			case ModelPackage.DOMAIN__GROUPING_RULES:
				return ((InternalEList<?>)getGroupingRules()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.DOMAIN__ID:
				return getId();
			case ModelPackage.DOMAIN__NAME:
				return getName();
			case ModelPackage.DOMAIN__DOMAINS:
				return getDomains();
			case ModelPackage.DOMAIN__AGENTS:
				return getAgents();
			case ModelPackage.DOMAIN__POLICY:
				return getPolicy();
			case ModelPackage.DOMAIN__AGENT_COUNT:
				return getAgentCount();
			case ModelPackage.DOMAIN__GROUPING_RULES:
				return getGroupingRules();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.DOMAIN__ID:
				setId((Long)newValue);
				return;
			case ModelPackage.DOMAIN__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.DOMAIN__DOMAINS:
				getDomains().clear();
				getDomains().addAll((Collection<? extends Domain>)newValue);
				return;
			case ModelPackage.DOMAIN__AGENTS:
				getAgents().clear();
				getAgents().addAll((Collection<? extends Agent>)newValue);
				return;
			case ModelPackage.DOMAIN__POLICY:
				setPolicy((Policy)newValue);
				return;
			case ModelPackage.DOMAIN__AGENT_COUNT:
				setAgentCount((Long)newValue);
				return;
			case ModelPackage.DOMAIN__GROUPING_RULES:
				getGroupingRules().clear();
				getGroupingRules().addAll((Collection<? extends GroupingRule>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.DOMAIN__ID:
				setId(ID_EDEFAULT);
				return;
			case ModelPackage.DOMAIN__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.DOMAIN__DOMAINS:
				getDomains().clear();
				return;
			case ModelPackage.DOMAIN__AGENTS:
				getAgents().clear();
				return;
			case ModelPackage.DOMAIN__POLICY:
				setPolicy((Policy)null);
				return;
			case ModelPackage.DOMAIN__AGENT_COUNT:
				setAgentCount(AGENT_COUNT_EDEFAULT);
				return;
			case ModelPackage.DOMAIN__GROUPING_RULES:
				getGroupingRules().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.DOMAIN__ID:
				return id != ID_EDEFAULT;
			case ModelPackage.DOMAIN__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.DOMAIN__DOMAINS:
				return domains != null && !domains.isEmpty();
			case ModelPackage.DOMAIN__AGENTS:
				return agents != null && !agents.isEmpty();
			case ModelPackage.DOMAIN__POLICY:
				return policy != null;
			case ModelPackage.DOMAIN__AGENT_COUNT:
				return agentCount != AGENT_COUNT_EDEFAULT;
			case ModelPackage.DOMAIN__GROUPING_RULES:
				return groupingRules != null && !groupingRules.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", name: ");
		result.append(name);
		result.append(", agentCount: ");
		result.append(agentCount);
		result.append(')');
		return result.toString();
	}

} //DomainImpl
