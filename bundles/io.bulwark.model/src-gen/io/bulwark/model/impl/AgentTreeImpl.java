/**
 */
package io.bulwark.model.impl;

import io.bulwark.model.Agent;
import io.bulwark.model.AgentTree;
import io.bulwark.model.AuditEntry;
import io.bulwark.model.Domain;
import io.bulwark.model.ManagementServer;
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
 * An implementation of the model object '<em><b>Agent Tree</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.impl.AgentTreeImpl#getServer <em>Server</em>}</li>
 *   <li>{@link io.bulwark.model.impl.AgentTreeImpl#getRootPolicy <em>Root Policy</em>}</li>
 *   <li>{@link io.bulwark.model.impl.AgentTreeImpl#getDomains <em>Domains</em>}</li>
 *   <li>{@link io.bulwark.model.impl.AgentTreeImpl#getAgents <em>Agents</em>}</li>
 *   <li>{@link io.bulwark.model.impl.AgentTreeImpl#getAuditEntries <em>Audit Entries</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AgentTreeImpl extends MinimalEObjectImpl.Container implements AgentTree {
	/**
	 * The cached value of the '{@link #getServer() <em>Server</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServer()
	 * @generated
	 * @ordered
	 */
	protected ManagementServer server;

	/**
	 * The cached value of the '{@link #getRootPolicy() <em>Root Policy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRootPolicy()
	 * @generated
	 * @ordered
	 */
	protected Policy rootPolicy;

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
	 * The cached value of the '{@link #getAuditEntries() <em>Audit Entries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuditEntries()
	 * @generated
	 * @ordered
	 */
	protected EList<AuditEntry> auditEntries;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AgentTreeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.AGENT_TREE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ManagementServer getServer() {
		if (server != null && server.eIsProxy()) {
			InternalEObject oldServer = (InternalEObject)server;
			server = (ManagementServer)eResolveProxy(oldServer);
			if (server != oldServer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.AGENT_TREE__SERVER, oldServer, server));
			}
		}
		return server;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ManagementServer basicGetServer() {
		return server;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetServer(ManagementServer newServer, NotificationChain msgs) {
		ManagementServer oldServer = server;
		server = newServer;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.AGENT_TREE__SERVER, oldServer, newServer);
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
	public void setServer(ManagementServer newServer) {
		if (newServer != server) {
			NotificationChain msgs = null;
			if (server != null)
				msgs = ((InternalEObject)server).eInverseRemove(this, ModelPackage.MANAGEMENT_SERVER__AGENT_TREE, ManagementServer.class, msgs);
			if (newServer != null)
				msgs = ((InternalEObject)newServer).eInverseAdd(this, ModelPackage.MANAGEMENT_SERVER__AGENT_TREE, ManagementServer.class, msgs);
			msgs = basicSetServer(newServer, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AGENT_TREE__SERVER, newServer, newServer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Policy getRootPolicy() {
		return rootPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRootPolicy(Policy newRootPolicy, NotificationChain msgs) {
		Policy oldRootPolicy = rootPolicy;
		rootPolicy = newRootPolicy;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.AGENT_TREE__ROOT_POLICY, oldRootPolicy, newRootPolicy);
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
	public void setRootPolicy(Policy newRootPolicy) {
		if (newRootPolicy != rootPolicy) {
			NotificationChain msgs = null;
			if (rootPolicy != null)
				msgs = ((InternalEObject)rootPolicy).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.AGENT_TREE__ROOT_POLICY, null, msgs);
			if (newRootPolicy != null)
				msgs = ((InternalEObject)newRootPolicy).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.AGENT_TREE__ROOT_POLICY, null, msgs);
			msgs = basicSetRootPolicy(newRootPolicy, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AGENT_TREE__ROOT_POLICY, newRootPolicy, newRootPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Domain> getDomains() {
		if (domains == null) {
			domains = new EObjectContainmentEList<Domain>(Domain.class, this, ModelPackage.AGENT_TREE__DOMAINS);
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
			agents = new EObjectContainmentEList<Agent>(Agent.class, this, ModelPackage.AGENT_TREE__AGENTS);
		}
		return agents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AuditEntry> getAuditEntries() {
		if (auditEntries == null) {
			auditEntries = new EObjectContainmentEList<AuditEntry>(AuditEntry.class, this, ModelPackage.AGENT_TREE__AUDIT_ENTRIES);
		}
		return auditEntries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.AGENT_TREE__SERVER:
				if (server != null)
					msgs = ((InternalEObject)server).eInverseRemove(this, ModelPackage.MANAGEMENT_SERVER__AGENT_TREE, ManagementServer.class, msgs);
				return basicSetServer((ManagementServer)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.AGENT_TREE__SERVER:
				return basicSetServer(null, msgs);
			case ModelPackage.AGENT_TREE__ROOT_POLICY:
				return basicSetRootPolicy(null, msgs);
			case ModelPackage.AGENT_TREE__DOMAINS:
				return ((InternalEList<?>)getDomains()).basicRemove(otherEnd, msgs);
			case ModelPackage.AGENT_TREE__AGENTS:
				return ((InternalEList<?>)getAgents()).basicRemove(otherEnd, msgs);
			case ModelPackage.AGENT_TREE__AUDIT_ENTRIES:
				return ((InternalEList<?>)getAuditEntries()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.AGENT_TREE__SERVER:
				if (resolve) return getServer();
				return basicGetServer();
			case ModelPackage.AGENT_TREE__ROOT_POLICY:
				return getRootPolicy();
			case ModelPackage.AGENT_TREE__DOMAINS:
				return getDomains();
			case ModelPackage.AGENT_TREE__AGENTS:
				return getAgents();
			case ModelPackage.AGENT_TREE__AUDIT_ENTRIES:
				return getAuditEntries();
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
			case ModelPackage.AGENT_TREE__SERVER:
				setServer((ManagementServer)newValue);
				return;
			case ModelPackage.AGENT_TREE__ROOT_POLICY:
				setRootPolicy((Policy)newValue);
				return;
			case ModelPackage.AGENT_TREE__DOMAINS:
				getDomains().clear();
				getDomains().addAll((Collection<? extends Domain>)newValue);
				return;
			case ModelPackage.AGENT_TREE__AGENTS:
				getAgents().clear();
				getAgents().addAll((Collection<? extends Agent>)newValue);
				return;
			case ModelPackage.AGENT_TREE__AUDIT_ENTRIES:
				getAuditEntries().clear();
				getAuditEntries().addAll((Collection<? extends AuditEntry>)newValue);
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
			case ModelPackage.AGENT_TREE__SERVER:
				setServer((ManagementServer)null);
				return;
			case ModelPackage.AGENT_TREE__ROOT_POLICY:
				setRootPolicy((Policy)null);
				return;
			case ModelPackage.AGENT_TREE__DOMAINS:
				getDomains().clear();
				return;
			case ModelPackage.AGENT_TREE__AGENTS:
				getAgents().clear();
				return;
			case ModelPackage.AGENT_TREE__AUDIT_ENTRIES:
				getAuditEntries().clear();
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
			case ModelPackage.AGENT_TREE__SERVER:
				return server != null;
			case ModelPackage.AGENT_TREE__ROOT_POLICY:
				return rootPolicy != null;
			case ModelPackage.AGENT_TREE__DOMAINS:
				return domains != null && !domains.isEmpty();
			case ModelPackage.AGENT_TREE__AGENTS:
				return agents != null && !agents.isEmpty();
			case ModelPackage.AGENT_TREE__AUDIT_ENTRIES:
				return auditEntries != null && !auditEntries.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //AgentTreeImpl
