/**
 */
package io.bulwark.model.impl;

import io.bulwark.model.AccountRole;
import io.bulwark.model.AgentCounts;
import io.bulwark.model.AgentTree;
import io.bulwark.model.ComponentVersion;
import io.bulwark.model.ConnectionState;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ModelPackage;

import io.bulwark.model.ServerCertificate;
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
 * An implementation of the model object '<em><b>Management Server</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.impl.ManagementServerImpl#getId <em>Id</em>}</li>
 *   <li>{@link io.bulwark.model.impl.ManagementServerImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.bulwark.model.impl.ManagementServerImpl#getHost <em>Host</em>}</li>
 *   <li>{@link io.bulwark.model.impl.ManagementServerImpl#getPort <em>Port</em>}</li>
 *   <li>{@link io.bulwark.model.impl.ManagementServerImpl#getUser <em>User</em>}</li>
 *   <li>{@link io.bulwark.model.impl.ManagementServerImpl#isUseTls <em>Use Tls</em>}</li>
 *   <li>{@link io.bulwark.model.impl.ManagementServerImpl#getPinnedFingerprint <em>Pinned Fingerprint</em>}</li>
 *   <li>{@link io.bulwark.model.impl.ManagementServerImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link io.bulwark.model.impl.ManagementServerImpl#getState <em>State</em>}</li>
 *   <li>{@link io.bulwark.model.impl.ManagementServerImpl#getAgentTree <em>Agent Tree</em>}</li>
 *   <li>{@link io.bulwark.model.impl.ManagementServerImpl#getServerId <em>Server Id</em>}</li>
 *   <li>{@link io.bulwark.model.impl.ManagementServerImpl#getListeningPort <em>Listening Port</em>}</li>
 *   <li>{@link io.bulwark.model.impl.ManagementServerImpl#getRole <em>Role</em>}</li>
 *   <li>{@link io.bulwark.model.impl.ManagementServerImpl#getAgentCount <em>Agent Count</em>}</li>
 *   <li>{@link io.bulwark.model.impl.ManagementServerImpl#getAgentsByStatus <em>Agents By Status</em>}</li>
 *   <li>{@link io.bulwark.model.impl.ManagementServerImpl#getComponents <em>Components</em>}</li>
 *   <li>{@link io.bulwark.model.impl.ManagementServerImpl#getCertificate <em>Certificate</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ManagementServerImpl extends MinimalEObjectImpl.Container implements ManagementServer {
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
	 * The default value of the '{@link #getHost() <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected static final String HOST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHost() <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected String host = HOST_EDEFAULT;

	/**
	 * The default value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected static final int PORT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected int port = PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getUser() <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUser()
	 * @generated
	 * @ordered
	 */
	protected static final String USER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUser() <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUser()
	 * @generated
	 * @ordered
	 */
	protected String user = USER_EDEFAULT;

	/**
	 * The default value of the '{@link #isUseTls() <em>Use Tls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUseTls()
	 * @generated
	 * @ordered
	 */
	protected static final boolean USE_TLS_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isUseTls() <em>Use Tls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUseTls()
	 * @generated
	 * @ordered
	 */
	protected boolean useTls = USE_TLS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPinnedFingerprint() <em>Pinned Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPinnedFingerprint()
	 * @generated
	 * @ordered
	 */
	protected static final String PINNED_FINGERPRINT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPinnedFingerprint() <em>Pinned Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPinnedFingerprint()
	 * @generated
	 * @ordered
	 */
	protected String pinnedFingerprint = PINNED_FINGERPRINT_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final ConnectionState STATE_EDEFAULT = ConnectionState.DISCONNECTED;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected ConnectionState state = STATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAgentTree() <em>Agent Tree</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgentTree()
	 * @generated
	 * @ordered
	 */
	protected AgentTree agentTree;

	/**
	 * The default value of the '{@link #getServerId() <em>Server Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServerId()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServerId() <em>Server Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServerId()
	 * @generated
	 * @ordered
	 */
	protected String serverId = SERVER_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getListeningPort() <em>Listening Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListeningPort()
	 * @generated
	 * @ordered
	 */
	protected static final int LISTENING_PORT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getListeningPort() <em>Listening Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListeningPort()
	 * @generated
	 * @ordered
	 */
	protected int listeningPort = LISTENING_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final AccountRole ROLE_EDEFAULT = AccountRole.ROOT;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected AccountRole role = ROLE_EDEFAULT;

	/**
	 * This is true if the Role attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean roleESet;

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
	 * The cached value of the '{@link #getAgentsByStatus() <em>Agents By Status</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgentsByStatus()
	 * @generated
	 * @ordered
	 */
	protected AgentCounts agentsByStatus;

	/**
	 * The cached value of the '{@link #getComponents() <em>Components</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComponents()
	 * @generated
	 * @ordered
	 */
	protected EList<ComponentVersion> components;

	/**
	 * The cached value of the '{@link #getCertificate() <em>Certificate</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertificate()
	 * @generated
	 * @ordered
	 */
	protected ServerCertificate certificate;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ManagementServerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.MANAGEMENT_SERVER;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MANAGEMENT_SERVER__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MANAGEMENT_SERVER__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHost() {
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(String newHost) {
		String oldHost = host;
		host = newHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MANAGEMENT_SERVER__HOST, oldHost, host));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPort() {
		return port;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPort(int newPort) {
		int oldPort = port;
		port = newPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MANAGEMENT_SERVER__PORT, oldPort, port));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUser() {
		return user;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUser(String newUser) {
		String oldUser = user;
		user = newUser;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MANAGEMENT_SERVER__USER, oldUser, user));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUseTls() {
		return useTls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUseTls(boolean newUseTls) {
		boolean oldUseTls = useTls;
		useTls = newUseTls;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MANAGEMENT_SERVER__USE_TLS, oldUseTls, useTls));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPinnedFingerprint() {
		return pinnedFingerprint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPinnedFingerprint(String newPinnedFingerprint) {
		String oldPinnedFingerprint = pinnedFingerprint;
		pinnedFingerprint = newPinnedFingerprint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MANAGEMENT_SERVER__PINNED_FINGERPRINT, oldPinnedFingerprint, pinnedFingerprint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MANAGEMENT_SERVER__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConnectionState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(ConnectionState newState) {
		ConnectionState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MANAGEMENT_SERVER__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AgentTree getAgentTree() {
		if (agentTree != null && agentTree.eIsProxy()) {
			InternalEObject oldAgentTree = (InternalEObject)agentTree;
			agentTree = (AgentTree)eResolveProxy(oldAgentTree);
			if (agentTree != oldAgentTree) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.MANAGEMENT_SERVER__AGENT_TREE, oldAgentTree, agentTree));
			}
		}
		return agentTree;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AgentTree basicGetAgentTree() {
		return agentTree;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAgentTree(AgentTree newAgentTree, NotificationChain msgs) {
		AgentTree oldAgentTree = agentTree;
		agentTree = newAgentTree;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.MANAGEMENT_SERVER__AGENT_TREE, oldAgentTree, newAgentTree);
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
	public void setAgentTree(AgentTree newAgentTree) {
		if (newAgentTree != agentTree) {
			NotificationChain msgs = null;
			if (agentTree != null)
				msgs = ((InternalEObject)agentTree).eInverseRemove(this, ModelPackage.AGENT_TREE__SERVER, AgentTree.class, msgs);
			if (newAgentTree != null)
				msgs = ((InternalEObject)newAgentTree).eInverseAdd(this, ModelPackage.AGENT_TREE__SERVER, AgentTree.class, msgs);
			msgs = basicSetAgentTree(newAgentTree, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MANAGEMENT_SERVER__AGENT_TREE, newAgentTree, newAgentTree));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getServerId() {
		return serverId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServerId(String newServerId) {
		String oldServerId = serverId;
		serverId = newServerId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MANAGEMENT_SERVER__SERVER_ID, oldServerId, serverId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getListeningPort() {
		return listeningPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setListeningPort(int newListeningPort) {
		int oldListeningPort = listeningPort;
		listeningPort = newListeningPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MANAGEMENT_SERVER__LISTENING_PORT, oldListeningPort, listeningPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AccountRole getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(AccountRole newRole) {
		AccountRole oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		boolean oldRoleESet = roleESet;
		roleESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MANAGEMENT_SERVER__ROLE, oldRole, role, !oldRoleESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetRole() {
		AccountRole oldRole = role;
		boolean oldRoleESet = roleESet;
		role = ROLE_EDEFAULT;
		roleESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ModelPackage.MANAGEMENT_SERVER__ROLE, oldRole, ROLE_EDEFAULT, oldRoleESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetRole() {
		return roleESet;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MANAGEMENT_SERVER__AGENT_COUNT, oldAgentCount, agentCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AgentCounts getAgentsByStatus() {
		return agentsByStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAgentsByStatus(AgentCounts newAgentsByStatus, NotificationChain msgs) {
		AgentCounts oldAgentsByStatus = agentsByStatus;
		agentsByStatus = newAgentsByStatus;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.MANAGEMENT_SERVER__AGENTS_BY_STATUS, oldAgentsByStatus, newAgentsByStatus);
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
	public void setAgentsByStatus(AgentCounts newAgentsByStatus) {
		if (newAgentsByStatus != agentsByStatus) {
			NotificationChain msgs = null;
			if (agentsByStatus != null)
				msgs = ((InternalEObject)agentsByStatus).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.MANAGEMENT_SERVER__AGENTS_BY_STATUS, null, msgs);
			if (newAgentsByStatus != null)
				msgs = ((InternalEObject)newAgentsByStatus).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.MANAGEMENT_SERVER__AGENTS_BY_STATUS, null, msgs);
			msgs = basicSetAgentsByStatus(newAgentsByStatus, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MANAGEMENT_SERVER__AGENTS_BY_STATUS, newAgentsByStatus, newAgentsByStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ComponentVersion> getComponents() {
		if (components == null) {
			components = new EObjectContainmentEList<ComponentVersion>(ComponentVersion.class, this, ModelPackage.MANAGEMENT_SERVER__COMPONENTS);
		}
		return components;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServerCertificate getCertificate() {
		return certificate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCertificate(ServerCertificate newCertificate, NotificationChain msgs) {
		ServerCertificate oldCertificate = certificate;
		certificate = newCertificate;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.MANAGEMENT_SERVER__CERTIFICATE, oldCertificate, newCertificate);
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
	public void setCertificate(ServerCertificate newCertificate) {
		if (newCertificate != certificate) {
			NotificationChain msgs = null;
			if (certificate != null)
				msgs = ((InternalEObject)certificate).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.MANAGEMENT_SERVER__CERTIFICATE, null, msgs);
			if (newCertificate != null)
				msgs = ((InternalEObject)newCertificate).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.MANAGEMENT_SERVER__CERTIFICATE, null, msgs);
			msgs = basicSetCertificate(newCertificate, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MANAGEMENT_SERVER__CERTIFICATE, newCertificate, newCertificate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.MANAGEMENT_SERVER__AGENT_TREE:
				if (agentTree != null)
					msgs = ((InternalEObject)agentTree).eInverseRemove(this, ModelPackage.AGENT_TREE__SERVER, AgentTree.class, msgs);
				return basicSetAgentTree((AgentTree)otherEnd, msgs);
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
			case ModelPackage.MANAGEMENT_SERVER__AGENT_TREE:
				return basicSetAgentTree(null, msgs);
			case ModelPackage.MANAGEMENT_SERVER__AGENTS_BY_STATUS:
				return basicSetAgentsByStatus(null, msgs);
			case ModelPackage.MANAGEMENT_SERVER__COMPONENTS:
				return ((InternalEList<?>)getComponents()).basicRemove(otherEnd, msgs);
			case ModelPackage.MANAGEMENT_SERVER__CERTIFICATE:
				return basicSetCertificate(null, msgs);
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
			case ModelPackage.MANAGEMENT_SERVER__ID:
				return getId();
			case ModelPackage.MANAGEMENT_SERVER__NAME:
				return getName();
			case ModelPackage.MANAGEMENT_SERVER__HOST:
				return getHost();
			case ModelPackage.MANAGEMENT_SERVER__PORT:
				return getPort();
			case ModelPackage.MANAGEMENT_SERVER__USER:
				return getUser();
			case ModelPackage.MANAGEMENT_SERVER__USE_TLS:
				return isUseTls();
			case ModelPackage.MANAGEMENT_SERVER__PINNED_FINGERPRINT:
				return getPinnedFingerprint();
			case ModelPackage.MANAGEMENT_SERVER__VERSION:
				return getVersion();
			case ModelPackage.MANAGEMENT_SERVER__STATE:
				return getState();
			case ModelPackage.MANAGEMENT_SERVER__AGENT_TREE:
				if (resolve) return getAgentTree();
				return basicGetAgentTree();
			case ModelPackage.MANAGEMENT_SERVER__SERVER_ID:
				return getServerId();
			case ModelPackage.MANAGEMENT_SERVER__LISTENING_PORT:
				return getListeningPort();
			case ModelPackage.MANAGEMENT_SERVER__ROLE:
				return getRole();
			case ModelPackage.MANAGEMENT_SERVER__AGENT_COUNT:
				return getAgentCount();
			case ModelPackage.MANAGEMENT_SERVER__AGENTS_BY_STATUS:
				return getAgentsByStatus();
			case ModelPackage.MANAGEMENT_SERVER__COMPONENTS:
				return getComponents();
			case ModelPackage.MANAGEMENT_SERVER__CERTIFICATE:
				return getCertificate();
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
			case ModelPackage.MANAGEMENT_SERVER__ID:
				setId((String)newValue);
				return;
			case ModelPackage.MANAGEMENT_SERVER__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.MANAGEMENT_SERVER__HOST:
				setHost((String)newValue);
				return;
			case ModelPackage.MANAGEMENT_SERVER__PORT:
				setPort((Integer)newValue);
				return;
			case ModelPackage.MANAGEMENT_SERVER__USER:
				setUser((String)newValue);
				return;
			case ModelPackage.MANAGEMENT_SERVER__USE_TLS:
				setUseTls((Boolean)newValue);
				return;
			case ModelPackage.MANAGEMENT_SERVER__PINNED_FINGERPRINT:
				setPinnedFingerprint((String)newValue);
				return;
			case ModelPackage.MANAGEMENT_SERVER__VERSION:
				setVersion((String)newValue);
				return;
			case ModelPackage.MANAGEMENT_SERVER__STATE:
				setState((ConnectionState)newValue);
				return;
			case ModelPackage.MANAGEMENT_SERVER__AGENT_TREE:
				setAgentTree((AgentTree)newValue);
				return;
			case ModelPackage.MANAGEMENT_SERVER__SERVER_ID:
				setServerId((String)newValue);
				return;
			case ModelPackage.MANAGEMENT_SERVER__LISTENING_PORT:
				setListeningPort((Integer)newValue);
				return;
			case ModelPackage.MANAGEMENT_SERVER__ROLE:
				setRole((AccountRole)newValue);
				return;
			case ModelPackage.MANAGEMENT_SERVER__AGENT_COUNT:
				setAgentCount((Long)newValue);
				return;
			case ModelPackage.MANAGEMENT_SERVER__AGENTS_BY_STATUS:
				setAgentsByStatus((AgentCounts)newValue);
				return;
			case ModelPackage.MANAGEMENT_SERVER__COMPONENTS:
				getComponents().clear();
				getComponents().addAll((Collection<? extends ComponentVersion>)newValue);
				return;
			case ModelPackage.MANAGEMENT_SERVER__CERTIFICATE:
				setCertificate((ServerCertificate)newValue);
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
			case ModelPackage.MANAGEMENT_SERVER__ID:
				setId(ID_EDEFAULT);
				return;
			case ModelPackage.MANAGEMENT_SERVER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.MANAGEMENT_SERVER__HOST:
				setHost(HOST_EDEFAULT);
				return;
			case ModelPackage.MANAGEMENT_SERVER__PORT:
				setPort(PORT_EDEFAULT);
				return;
			case ModelPackage.MANAGEMENT_SERVER__USER:
				setUser(USER_EDEFAULT);
				return;
			case ModelPackage.MANAGEMENT_SERVER__USE_TLS:
				setUseTls(USE_TLS_EDEFAULT);
				return;
			case ModelPackage.MANAGEMENT_SERVER__PINNED_FINGERPRINT:
				setPinnedFingerprint(PINNED_FINGERPRINT_EDEFAULT);
				return;
			case ModelPackage.MANAGEMENT_SERVER__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case ModelPackage.MANAGEMENT_SERVER__STATE:
				setState(STATE_EDEFAULT);
				return;
			case ModelPackage.MANAGEMENT_SERVER__AGENT_TREE:
				setAgentTree((AgentTree)null);
				return;
			case ModelPackage.MANAGEMENT_SERVER__SERVER_ID:
				setServerId(SERVER_ID_EDEFAULT);
				return;
			case ModelPackage.MANAGEMENT_SERVER__LISTENING_PORT:
				setListeningPort(LISTENING_PORT_EDEFAULT);
				return;
			case ModelPackage.MANAGEMENT_SERVER__ROLE:
				unsetRole();
				return;
			case ModelPackage.MANAGEMENT_SERVER__AGENT_COUNT:
				setAgentCount(AGENT_COUNT_EDEFAULT);
				return;
			case ModelPackage.MANAGEMENT_SERVER__AGENTS_BY_STATUS:
				setAgentsByStatus((AgentCounts)null);
				return;
			case ModelPackage.MANAGEMENT_SERVER__COMPONENTS:
				getComponents().clear();
				return;
			case ModelPackage.MANAGEMENT_SERVER__CERTIFICATE:
				setCertificate((ServerCertificate)null);
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
			case ModelPackage.MANAGEMENT_SERVER__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ModelPackage.MANAGEMENT_SERVER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.MANAGEMENT_SERVER__HOST:
				return HOST_EDEFAULT == null ? host != null : !HOST_EDEFAULT.equals(host);
			case ModelPackage.MANAGEMENT_SERVER__PORT:
				return port != PORT_EDEFAULT;
			case ModelPackage.MANAGEMENT_SERVER__USER:
				return USER_EDEFAULT == null ? user != null : !USER_EDEFAULT.equals(user);
			case ModelPackage.MANAGEMENT_SERVER__USE_TLS:
				return useTls != USE_TLS_EDEFAULT;
			case ModelPackage.MANAGEMENT_SERVER__PINNED_FINGERPRINT:
				return PINNED_FINGERPRINT_EDEFAULT == null ? pinnedFingerprint != null : !PINNED_FINGERPRINT_EDEFAULT.equals(pinnedFingerprint);
			case ModelPackage.MANAGEMENT_SERVER__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case ModelPackage.MANAGEMENT_SERVER__STATE:
				return state != STATE_EDEFAULT;
			case ModelPackage.MANAGEMENT_SERVER__AGENT_TREE:
				return agentTree != null;
			case ModelPackage.MANAGEMENT_SERVER__SERVER_ID:
				return SERVER_ID_EDEFAULT == null ? serverId != null : !SERVER_ID_EDEFAULT.equals(serverId);
			case ModelPackage.MANAGEMENT_SERVER__LISTENING_PORT:
				return listeningPort != LISTENING_PORT_EDEFAULT;
			case ModelPackage.MANAGEMENT_SERVER__ROLE:
				return isSetRole();
			case ModelPackage.MANAGEMENT_SERVER__AGENT_COUNT:
				return agentCount != AGENT_COUNT_EDEFAULT;
			case ModelPackage.MANAGEMENT_SERVER__AGENTS_BY_STATUS:
				return agentsByStatus != null;
			case ModelPackage.MANAGEMENT_SERVER__COMPONENTS:
				return components != null && !components.isEmpty();
			case ModelPackage.MANAGEMENT_SERVER__CERTIFICATE:
				return certificate != null;
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
		result.append(", host: ");
		result.append(host);
		result.append(", port: ");
		result.append(port);
		result.append(", user: ");
		result.append(user);
		result.append(", useTls: ");
		result.append(useTls);
		result.append(", pinnedFingerprint: ");
		result.append(pinnedFingerprint);
		result.append(", version: ");
		result.append(version);
		result.append(", state: ");
		result.append(state);
		result.append(", serverId: ");
		result.append(serverId);
		result.append(", listeningPort: ");
		result.append(listeningPort);
		result.append(", role: ");
		if (roleESet) result.append(role); else result.append("<unset>");
		result.append(", agentCount: ");
		result.append(agentCount);
		result.append(')');
		return result.toString();
	}

} //ManagementServerImpl
