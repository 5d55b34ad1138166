/**
 */
package io.bulwark.model.impl;

import io.bulwark.model.Agent;
import io.bulwark.model.AgentCommand;
import io.bulwark.model.AgentStatus;
import io.bulwark.model.ComponentVersion;
import io.bulwark.model.Inventory;
import io.bulwark.model.ModelPackage;

import io.bulwark.model.settings.Policy;

import java.lang.reflect.InvocationTargetException;
import java.time.Instant;
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
 * An implementation of the model object '<em><b>Agent</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.impl.AgentImpl#getId <em>Id</em>}</li>
 *   <li>{@link io.bulwark.model.impl.AgentImpl#getHostName <em>Host Name</em>}</li>
 *   <li>{@link io.bulwark.model.impl.AgentImpl#getPolicy <em>Policy</em>}</li>
 *   <li>{@link io.bulwark.model.impl.AgentImpl#getIpAddress <em>Ip Address</em>}</li>
 *   <li>{@link io.bulwark.model.impl.AgentImpl#getOperatingSystem <em>Operating System</em>}</li>
 *   <li>{@link io.bulwark.model.impl.AgentImpl#getAgentVersion <em>Agent Version</em>}</li>
 *   <li>{@link io.bulwark.model.impl.AgentImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link io.bulwark.model.impl.AgentImpl#getLastSeen <em>Last Seen</em>}</li>
 *   <li>{@link io.bulwark.model.impl.AgentImpl#isUpdateAgent <em>Update Agent</em>}</li>
 *   <li>{@link io.bulwark.model.impl.AgentImpl#getRegisteredAt <em>Registered At</em>}</li>
 *   <li>{@link io.bulwark.model.impl.AgentImpl#getHeartbeatIntervalMillis <em>Heartbeat Interval Millis</em>}</li>
 *   <li>{@link io.bulwark.model.impl.AgentImpl#getComponentVersions <em>Component Versions</em>}</li>
 *   <li>{@link io.bulwark.model.impl.AgentImpl#getInventory <em>Inventory</em>}</li>
 *   <li>{@link io.bulwark.model.impl.AgentImpl#getPendingCommands <em>Pending Commands</em>}</li>
 *   <li>{@link io.bulwark.model.impl.AgentImpl#getRecentCommands <em>Recent Commands</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AgentImpl extends MinimalEObjectImpl.Container implements Agent {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getHostName() <em>Host Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostName()
	 * @generated
	 * @ordered
	 */
	protected static final String HOST_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHostName() <em>Host Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostName()
	 * @generated
	 * @ordered
	 */
	protected String hostName = HOST_NAME_EDEFAULT;

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
	 * The default value of the '{@link #getIpAddress() <em>Ip Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String IP_ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIpAddress() <em>Ip Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpAddress()
	 * @generated
	 * @ordered
	 */
	protected String ipAddress = IP_ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getOperatingSystem() <em>Operating System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperatingSystem()
	 * @generated
	 * @ordered
	 */
	protected static final String OPERATING_SYSTEM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOperatingSystem() <em>Operating System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperatingSystem()
	 * @generated
	 * @ordered
	 */
	protected String operatingSystem = OPERATING_SYSTEM_EDEFAULT;

	/**
	 * The default value of the '{@link #getAgentVersion() <em>Agent Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgentVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String AGENT_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAgentVersion() <em>Agent Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgentVersion()
	 * @generated
	 * @ordered
	 */
	protected String agentVersion = AGENT_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final AgentStatus STATUS_EDEFAULT = AgentStatus.OFFLINE;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected AgentStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastSeen() <em>Last Seen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastSeen()
	 * @generated
	 * @ordered
	 */
	protected static final Instant LAST_SEEN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastSeen() <em>Last Seen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastSeen()
	 * @generated
	 * @ordered
	 */
	protected Instant lastSeen = LAST_SEEN_EDEFAULT;

	/**
	 * The default value of the '{@link #isUpdateAgent() <em>Update Agent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUpdateAgent()
	 * @generated
	 * @ordered
	 */
	protected static final boolean UPDATE_AGENT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUpdateAgent() <em>Update Agent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUpdateAgent()
	 * @generated
	 * @ordered
	 */
	protected boolean updateAgent = UPDATE_AGENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegisteredAt() <em>Registered At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegisteredAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant REGISTERED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegisteredAt() <em>Registered At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegisteredAt()
	 * @generated
	 * @ordered
	 */
	protected Instant registeredAt = REGISTERED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeartbeatIntervalMillis() <em>Heartbeat Interval Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeartbeatIntervalMillis()
	 * @generated
	 * @ordered
	 */
	protected static final int HEARTBEAT_INTERVAL_MILLIS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHeartbeatIntervalMillis() <em>Heartbeat Interval Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeartbeatIntervalMillis()
	 * @generated
	 * @ordered
	 */
	protected int heartbeatIntervalMillis = HEARTBEAT_INTERVAL_MILLIS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getComponentVersions() <em>Component Versions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComponentVersions()
	 * @generated
	 * @ordered
	 */
	protected EList<ComponentVersion> componentVersions;

	/**
	 * The cached value of the '{@link #getInventory() <em>Inventory</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInventory()
	 * @generated
	 * @ordered
	 */
	protected Inventory inventory;

	/**
	 * The default value of the '{@link #getPendingCommands() <em>Pending Commands</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPendingCommands()
	 * @generated
	 * @ordered
	 */
	protected static final long PENDING_COMMANDS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPendingCommands() <em>Pending Commands</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPendingCommands()
	 * @generated
	 * @ordered
	 */
	protected long pendingCommands = PENDING_COMMANDS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRecentCommands() <em>Recent Commands</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecentCommands()
	 * @generated
	 * @ordered
	 */
	protected EList<AgentCommand> recentCommands;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AgentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.AGENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AGENT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHostName() {
		return hostName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostName(String newHostName) {
		String oldHostName = hostName;
		hostName = newHostName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AGENT__HOST_NAME, oldHostName, hostName));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.AGENT__POLICY, oldPolicy, newPolicy);
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
				msgs = ((InternalEObject)policy).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.AGENT__POLICY, null, msgs);
			if (newPolicy != null)
				msgs = ((InternalEObject)newPolicy).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.AGENT__POLICY, null, msgs);
			msgs = basicSetPolicy(newPolicy, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AGENT__POLICY, newPolicy, newPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIpAddress() {
		return ipAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIpAddress(String newIpAddress) {
		String oldIpAddress = ipAddress;
		ipAddress = newIpAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AGENT__IP_ADDRESS, oldIpAddress, ipAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOperatingSystem() {
		return operatingSystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperatingSystem(String newOperatingSystem) {
		String oldOperatingSystem = operatingSystem;
		operatingSystem = newOperatingSystem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AGENT__OPERATING_SYSTEM, oldOperatingSystem, operatingSystem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAgentVersion() {
		return agentVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgentVersion(String newAgentVersion) {
		String oldAgentVersion = agentVersion;
		agentVersion = newAgentVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AGENT__AGENT_VERSION, oldAgentVersion, agentVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AgentStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(AgentStatus newStatus) {
		AgentStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AGENT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getLastSeen() {
		return lastSeen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastSeen(Instant newLastSeen) {
		Instant oldLastSeen = lastSeen;
		lastSeen = newLastSeen;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AGENT__LAST_SEEN, oldLastSeen, lastSeen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUpdateAgent() {
		return updateAgent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdateAgent(boolean newUpdateAgent) {
		boolean oldUpdateAgent = updateAgent;
		updateAgent = newUpdateAgent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AGENT__UPDATE_AGENT, oldUpdateAgent, updateAgent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getRegisteredAt() {
		return registeredAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegisteredAt(Instant newRegisteredAt) {
		Instant oldRegisteredAt = registeredAt;
		registeredAt = newRegisteredAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AGENT__REGISTERED_AT, oldRegisteredAt, registeredAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHeartbeatIntervalMillis() {
		return heartbeatIntervalMillis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeartbeatIntervalMillis(int newHeartbeatIntervalMillis) {
		int oldHeartbeatIntervalMillis = heartbeatIntervalMillis;
		heartbeatIntervalMillis = newHeartbeatIntervalMillis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AGENT__HEARTBEAT_INTERVAL_MILLIS, oldHeartbeatIntervalMillis, heartbeatIntervalMillis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ComponentVersion> getComponentVersions() {
		if (componentVersions == null) {
			componentVersions = new EObjectContainmentEList<ComponentVersion>(ComponentVersion.class, this, ModelPackage.AGENT__COMPONENT_VERSIONS);
		}
		return componentVersions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Inventory getInventory() {
		return inventory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInventory(Inventory newInventory, NotificationChain msgs) {
		Inventory oldInventory = inventory;
		inventory = newInventory;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.AGENT__INVENTORY, oldInventory, newInventory);
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
	public void setInventory(Inventory newInventory) {
		if (newInventory != inventory) {
			NotificationChain msgs = null;
			if (inventory != null)
				msgs = ((InternalEObject)inventory).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.AGENT__INVENTORY, null, msgs);
			if (newInventory != null)
				msgs = ((InternalEObject)newInventory).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.AGENT__INVENTORY, null, msgs);
			msgs = basicSetInventory(newInventory, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AGENT__INVENTORY, newInventory, newInventory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPendingCommands() {
		return pendingCommands;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPendingCommands(long newPendingCommands) {
		long oldPendingCommands = pendingCommands;
		pendingCommands = newPendingCommands;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AGENT__PENDING_COMMANDS, oldPendingCommands, pendingCommands));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AgentCommand> getRecentCommands() {
		if (recentCommands == null) {
			recentCommands = new EObjectContainmentEList<AgentCommand>(AgentCommand.class, this, ModelPackage.AGENT__RECENT_COMMANDS);
		}
		return recentCommands;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMovable() {
		return getStatus() == AgentStatus.ONLINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.AGENT__POLICY:
				return basicSetPolicy(null, msgs);
			case ModelPackage.AGENT__COMPONENT_VERSIONS:
				return ((InternalEList<?>)getComponentVersions()).basicRemove(otherEnd, msgs);
			case ModelPackage.AGENT__INVENTORY:
				return basicSetInventory(null, msgs);
			case ModelPackage.AGENT__RECENT_COMMANDS:
				return ((InternalEList<?>)getRecentCommands()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.AGENT__ID:
				return getId();
			case ModelPackage.AGENT__HOST_NAME:
				return getHostName();
			case ModelPackage.AGENT__POLICY:
				return getPolicy();
			case ModelPackage.AGENT__IP_ADDRESS:
				return getIpAddress();
			case ModelPackage.AGENT__OPERATING_SYSTEM:
				return getOperatingSystem();
			case ModelPackage.AGENT__AGENT_VERSION:
				return getAgentVersion();
			case ModelPackage.AGENT__STATUS:
				return getStatus();
			case ModelPackage.AGENT__LAST_SEEN:
				return getLastSeen();
			case ModelPackage.AGENT__UPDATE_AGENT:
				return isUpdateAgent();
			case ModelPackage.AGENT__REGISTERED_AT:
				return getRegisteredAt();
			case ModelPackage.AGENT__HEARTBEAT_INTERVAL_MILLIS:
				return getHeartbeatIntervalMillis();
			case ModelPackage.AGENT__COMPONENT_VERSIONS:
				return getComponentVersions();
			case ModelPackage.AGENT__INVENTORY:
				return getInventory();
			case ModelPackage.AGENT__PENDING_COMMANDS:
				return getPendingCommands();
			case ModelPackage.AGENT__RECENT_COMMANDS:
				return getRecentCommands();
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
			case ModelPackage.AGENT__ID:
				setId((String)newValue);
				return;
			case ModelPackage.AGENT__HOST_NAME:
				setHostName((String)newValue);
				return;
			case ModelPackage.AGENT__POLICY:
				setPolicy((Policy)newValue);
				return;
			case ModelPackage.AGENT__IP_ADDRESS:
				setIpAddress((String)newValue);
				return;
			case ModelPackage.AGENT__OPERATING_SYSTEM:
				setOperatingSystem((String)newValue);
				return;
			case ModelPackage.AGENT__AGENT_VERSION:
				setAgentVersion((String)newValue);
				return;
			case ModelPackage.AGENT__STATUS:
				setStatus((AgentStatus)newValue);
				return;
			case ModelPackage.AGENT__LAST_SEEN:
				setLastSeen((Instant)newValue);
				return;
			case ModelPackage.AGENT__UPDATE_AGENT:
				setUpdateAgent((Boolean)newValue);
				return;
			case ModelPackage.AGENT__REGISTERED_AT:
				setRegisteredAt((Instant)newValue);
				return;
			case ModelPackage.AGENT__HEARTBEAT_INTERVAL_MILLIS:
				setHeartbeatIntervalMillis((Integer)newValue);
				return;
			case ModelPackage.AGENT__COMPONENT_VERSIONS:
				getComponentVersions().clear();
				getComponentVersions().addAll((Collection<? extends ComponentVersion>)newValue);
				return;
			case ModelPackage.AGENT__INVENTORY:
				setInventory((Inventory)newValue);
				return;
			case ModelPackage.AGENT__PENDING_COMMANDS:
				setPendingCommands((Long)newValue);
				return;
			case ModelPackage.AGENT__RECENT_COMMANDS:
				getRecentCommands().clear();
				getRecentCommands().addAll((Collection<? extends AgentCommand>)newValue);
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
			case ModelPackage.AGENT__ID:
				setId(ID_EDEFAULT);
				return;
			case ModelPackage.AGENT__HOST_NAME:
				setHostName(HOST_NAME_EDEFAULT);
				return;
			case ModelPackage.AGENT__POLICY:
				setPolicy((Policy)null);
				return;
			case ModelPackage.AGENT__IP_ADDRESS:
				setIpAddress(IP_ADDRESS_EDEFAULT);
				return;
			case ModelPackage.AGENT__OPERATING_SYSTEM:
				setOperatingSystem(OPERATING_SYSTEM_EDEFAULT);
				return;
			case ModelPackage.AGENT__AGENT_VERSION:
				setAgentVersion(AGENT_VERSION_EDEFAULT);
				return;
			case ModelPackage.AGENT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ModelPackage.AGENT__LAST_SEEN:
				setLastSeen(LAST_SEEN_EDEFAULT);
				return;
			case ModelPackage.AGENT__UPDATE_AGENT:
				setUpdateAgent(UPDATE_AGENT_EDEFAULT);
				return;
			case ModelPackage.AGENT__REGISTERED_AT:
				setRegisteredAt(REGISTERED_AT_EDEFAULT);
				return;
			case ModelPackage.AGENT__HEARTBEAT_INTERVAL_MILLIS:
				setHeartbeatIntervalMillis(HEARTBEAT_INTERVAL_MILLIS_EDEFAULT);
				return;
			case ModelPackage.AGENT__COMPONENT_VERSIONS:
				getComponentVersions().clear();
				return;
			case ModelPackage.AGENT__INVENTORY:
				setInventory((Inventory)null);
				return;
			case ModelPackage.AGENT__PENDING_COMMANDS:
				setPendingCommands(PENDING_COMMANDS_EDEFAULT);
				return;
			case ModelPackage.AGENT__RECENT_COMMANDS:
				getRecentCommands().clear();
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
			case ModelPackage.AGENT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ModelPackage.AGENT__HOST_NAME:
				return HOST_NAME_EDEFAULT == null ? hostName != null : !HOST_NAME_EDEFAULT.equals(hostName);
			case ModelPackage.AGENT__POLICY:
				return policy != null;
			case ModelPackage.AGENT__IP_ADDRESS:
				return IP_ADDRESS_EDEFAULT == null ? ipAddress != null : !IP_ADDRESS_EDEFAULT.equals(ipAddress);
			case ModelPackage.AGENT__OPERATING_SYSTEM:
				return OPERATING_SYSTEM_EDEFAULT == null ? operatingSystem != null : !OPERATING_SYSTEM_EDEFAULT.equals(operatingSystem);
			case ModelPackage.AGENT__AGENT_VERSION:
				return AGENT_VERSION_EDEFAULT == null ? agentVersion != null : !AGENT_VERSION_EDEFAULT.equals(agentVersion);
			case ModelPackage.AGENT__STATUS:
				return status != STATUS_EDEFAULT;
			case ModelPackage.AGENT__LAST_SEEN:
				return LAST_SEEN_EDEFAULT == null ? lastSeen != null : !LAST_SEEN_EDEFAULT.equals(lastSeen);
			case ModelPackage.AGENT__UPDATE_AGENT:
				return updateAgent != UPDATE_AGENT_EDEFAULT;
			case ModelPackage.AGENT__REGISTERED_AT:
				return REGISTERED_AT_EDEFAULT == null ? registeredAt != null : !REGISTERED_AT_EDEFAULT.equals(registeredAt);
			case ModelPackage.AGENT__HEARTBEAT_INTERVAL_MILLIS:
				return heartbeatIntervalMillis != HEARTBEAT_INTERVAL_MILLIS_EDEFAULT;
			case ModelPackage.AGENT__COMPONENT_VERSIONS:
				return componentVersions != null && !componentVersions.isEmpty();
			case ModelPackage.AGENT__INVENTORY:
				return inventory != null;
			case ModelPackage.AGENT__PENDING_COMMANDS:
				return pendingCommands != PENDING_COMMANDS_EDEFAULT;
			case ModelPackage.AGENT__RECENT_COMMANDS:
				return recentCommands != null && !recentCommands.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case ModelPackage.AGENT___IS_MOVABLE:
				return isMovable();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(", hostName: ");
		result.append(hostName);
		result.append(", ipAddress: ");
		result.append(ipAddress);
		result.append(", operatingSystem: ");
		result.append(operatingSystem);
		result.append(", agentVersion: ");
		result.append(agentVersion);
		result.append(", status: ");
		result.append(status);
		result.append(", lastSeen: ");
		result.append(lastSeen);
		result.append(", updateAgent: ");
		result.append(updateAgent);
		result.append(", registeredAt: ");
		result.append(registeredAt);
		result.append(", heartbeatIntervalMillis: ");
		result.append(heartbeatIntervalMillis);
		result.append(", pendingCommands: ");
		result.append(pendingCommands);
		result.append(')');
		return result.toString();
	}

} //AgentImpl
