/**
 */
package io.bulwark.model;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Management Server</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A management server the console connects to: where it is, how to trust it, and how the connection stands; once connected, also what the server reports about itself (identity, listening port, agent counts, component versions, certificate) and its agent tree.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.ManagementServer#getId <em>Id</em>}</li>
 *   <li>{@link io.bulwark.model.ManagementServer#getName <em>Name</em>}</li>
 *   <li>{@link io.bulwark.model.ManagementServer#getHost <em>Host</em>}</li>
 *   <li>{@link io.bulwark.model.ManagementServer#getPort <em>Port</em>}</li>
 *   <li>{@link io.bulwark.model.ManagementServer#getUser <em>User</em>}</li>
 *   <li>{@link io.bulwark.model.ManagementServer#isUseTls <em>Use Tls</em>}</li>
 *   <li>{@link io.bulwark.model.ManagementServer#getPinnedFingerprint <em>Pinned Fingerprint</em>}</li>
 *   <li>{@link io.bulwark.model.ManagementServer#getVersion <em>Version</em>}</li>
 *   <li>{@link io.bulwark.model.ManagementServer#getState <em>State</em>}</li>
 *   <li>{@link io.bulwark.model.ManagementServer#getAgentTree <em>Agent Tree</em>}</li>
 *   <li>{@link io.bulwark.model.ManagementServer#getServerId <em>Server Id</em>}</li>
 *   <li>{@link io.bulwark.model.ManagementServer#getListeningPort <em>Listening Port</em>}</li>
 *   <li>{@link io.bulwark.model.ManagementServer#getRole <em>Role</em>}</li>
 *   <li>{@link io.bulwark.model.ManagementServer#getAgentCount <em>Agent Count</em>}</li>
 *   <li>{@link io.bulwark.model.ManagementServer#getAgentsByStatus <em>Agents By Status</em>}</li>
 *   <li>{@link io.bulwark.model.ManagementServer#getComponents <em>Components</em>}</li>
 *   <li>{@link io.bulwark.model.ManagementServer#getCertificate <em>Certificate</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.ModelPackage#getManagementServer()
 * @model
 * @generated
 */
public interface ManagementServer extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A stable identity that does not change when the server is renamed or moved to another folder or host, so that references to it (in jobs, journals and saved views) stay valid.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.bulwark.model.ModelPackage#getManagementServer_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.bulwark.model.ManagementServer#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name the user sees for the server; free to change.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.bulwark.model.ModelPackage#getManagementServer_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.bulwark.model.ManagementServer#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The host name or IP address the console connects to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Host</em>' attribute.
	 * @see #setHost(String)
	 * @see io.bulwark.model.ModelPackage#getManagementServer_Host()
	 * @model
	 * @generated
	 */
	String getHost();

	/**
	 * Sets the value of the '{@link io.bulwark.model.ManagementServer#getHost <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' attribute.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(String value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The TCP port of the server's API.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(int)
	 * @see io.bulwark.model.ModelPackage#getManagementServer_Port()
	 * @model
	 * @generated
	 */
	int getPort();

	/**
	 * Sets the value of the '{@link io.bulwark.model.ManagementServer#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(int value);

	/**
	 * Returns the value of the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The account the console logs in with. Not a secret: the password is kept in secure storage, never in the model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>User</em>' attribute.
	 * @see #setUser(String)
	 * @see io.bulwark.model.ModelPackage#getManagementServer_User()
	 * @model
	 * @generated
	 */
	String getUser();

	/**
	 * Sets the value of the '{@link io.bulwark.model.ManagementServer#getUser <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User</em>' attribute.
	 * @see #getUser()
	 * @generated
	 */
	void setUser(String value);

	/**
	 * Returns the value of the '<em><b>Use Tls</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the connection uses TLS. On by default, so that plain HTTP is a deliberate choice (a lab server), never an accident.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Use Tls</em>' attribute.
	 * @see #setUseTls(boolean)
	 * @see io.bulwark.model.ModelPackage#getManagementServer_UseTls()
	 * @model default="true"
	 * @generated
	 */
	boolean isUseTls();

	/**
	 * Sets the value of the '{@link io.bulwark.model.ManagementServer#isUseTls <em>Use Tls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Use Tls</em>' attribute.
	 * @see #isUseTls()
	 * @generated
	 */
	void setUseTls(boolean value);

	/**
	 * Returns the value of the '<em><b>Pinned Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The fingerprint of the server certificate the user accepted (trust on first use), so that the console can refuse a server whose certificate changed instead of trusting it silently; null until the user has accepted one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pinned Fingerprint</em>' attribute.
	 * @see #setPinnedFingerprint(String)
	 * @see io.bulwark.model.ModelPackage#getManagementServer_PinnedFingerprint()
	 * @model
	 * @generated
	 */
	String getPinnedFingerprint();

	/**
	 * Sets the value of the '{@link io.bulwark.model.ManagementServer#getPinnedFingerprint <em>Pinned Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pinned Fingerprint</em>' attribute.
	 * @see #getPinnedFingerprint()
	 * @generated
	 */
	void setPinnedFingerprint(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The server's software version as it last reported it, so that the console can tell which features the server supports and show it to the user.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see io.bulwark.model.ModelPackage#getManagementServer_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link io.bulwark.model.ManagementServer#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link io.bulwark.model.ConnectionState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the console's connection to the server stands now. Transient: it describes this session only, so it is not saved and every server starts disconnected.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see io.bulwark.model.ConnectionState
	 * @see #setState(ConnectionState)
	 * @see io.bulwark.model.ModelPackage#getManagementServer_State()
	 * @model transient="true"
	 * @generated
	 */
	ConnectionState getState();

	/**
	 * Sets the value of the '{@link io.bulwark.model.ManagementServer#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see io.bulwark.model.ConnectionState
	 * @see #getState()
	 * @generated
	 */
	void setState(ConnectionState value);

	/**
	 * Returns the value of the '<em><b>Agent Tree</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link io.bulwark.model.AgentTree#getServer <em>Server</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The server's domains, agents and policies as last read from it, in a resource of their own; null while the console has not loaded them. Transient: the tree is live state, read again on every connection.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Agent Tree</em>' reference.
	 * @see #setAgentTree(AgentTree)
	 * @see io.bulwark.model.ModelPackage#getManagementServer_AgentTree()
	 * @see io.bulwark.model.AgentTree#getServer
	 * @model opposite="server" transient="true"
	 * @generated
	 */
	AgentTree getAgentTree();

	/**
	 * Sets the value of the '{@link io.bulwark.model.ManagementServer#getAgentTree <em>Agent Tree</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agent Tree</em>' reference.
	 * @see #getAgentTree()
	 * @generated
	 */
	void setAgentTree(AgentTree value);

	/**
	 * Returns the value of the '<em><b>Server Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The identity the server created for itself once and never changes (a UUID), as it reported it after login; kept so that the console notices when another server answers at the same address. Null until the console has logged in once.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Server Id</em>' attribute.
	 * @see #setServerId(String)
	 * @see io.bulwark.model.ModelPackage#getManagementServer_ServerId()
	 * @model
	 * @generated
	 */
	String getServerId();

	/**
	 * Sets the value of the '{@link io.bulwark.model.ManagementServer#getServerId <em>Server Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Server Id</em>' attribute.
	 * @see #getServerId()
	 * @generated
	 */
	void setServerId(String value);

	/**
	 * Returns the value of the '<em><b>Listening Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The one port on which the server serves consoles and agents, as the server reports it; a move names it. 0 until the server has reported it. Transient: read again on every connection.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Listening Port</em>' attribute.
	 * @see #setListeningPort(int)
	 * @see io.bulwark.model.ModelPackage#getManagementServer_ListeningPort()
	 * @model transient="true"
	 * @generated
	 */
	int getListeningPort();

	/**
	 * Sets the value of the '{@link io.bulwark.model.ManagementServer#getListeningPort <em>Listening Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Listening Port</em>' attribute.
	 * @see #getListeningPort()
	 * @generated
	 */
	void setListeningPort(int value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link io.bulwark.model.AccountRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The role of the account this console signed in with, as the server reported it at login; decides whether editors allow changes. Unset until signed in. Transient: read again on every connection.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see io.bulwark.model.AccountRole
	 * @see #isSetRole()
	 * @see #unsetRole()
	 * @see #setRole(AccountRole)
	 * @see io.bulwark.model.ModelPackage#getManagementServer_Role()
	 * @model unsettable="true" transient="true"
	 * @generated
	 */
	AccountRole getRole();

	/**
	 * Sets the value of the '{@link io.bulwark.model.ManagementServer#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see io.bulwark.model.AccountRole
	 * @see #isSetRole()
	 * @see #unsetRole()
	 * @see #getRole()
	 * @generated
	 */
	void setRole(AccountRole value);

	/**
	 * Unsets the value of the '{@link io.bulwark.model.ManagementServer#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRole()
	 * @see #getRole()
	 * @see #setRole(AccountRole)
	 * @generated
	 */
	void unsetRole();

	/**
	 * Returns whether the value of the '{@link io.bulwark.model.ManagementServer#getRole <em>Role</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Role</em>' attribute is set.
	 * @see #unsetRole()
	 * @see #getRole()
	 * @see #setRole(AccountRole)
	 * @generated
	 */
	boolean isSetRole();

	/**
	 * Returns the value of the '<em><b>Agent Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many agents the server owns, as it last reported. Transient: read again on every connection.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Agent Count</em>' attribute.
	 * @see #setAgentCount(long)
	 * @see io.bulwark.model.ModelPackage#getManagementServer_AgentCount()
	 * @model transient="true"
	 * @generated
	 */
	long getAgentCount();

	/**
	 * Sets the value of the '{@link io.bulwark.model.ManagementServer#getAgentCount <em>Agent Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agent Count</em>' attribute.
	 * @see #getAgentCount()
	 * @generated
	 */
	void setAgentCount(long value);

	/**
	 * Returns the value of the '<em><b>Agents By Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many of the server's agents are in each status, as it last reported; null before it has. Transient: read again on every connection.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Agents By Status</em>' containment reference.
	 * @see #setAgentsByStatus(AgentCounts)
	 * @see io.bulwark.model.ModelPackage#getManagementServer_AgentsByStatus()
	 * @model containment="true" transient="true"
	 * @generated
	 */
	AgentCounts getAgentsByStatus();

	/**
	 * Sets the value of the '{@link io.bulwark.model.ManagementServer#getAgentsByStatus <em>Agents By Status</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agents By Status</em>' containment reference.
	 * @see #getAgentsByStatus()
	 * @generated
	 */
	void setAgentsByStatus(AgentCounts value);

	/**
	 * Returns the value of the '<em><b>Components</b></em>' containment reference list.
	 * The list contents are of type {@link io.bulwark.model.ComponentVersion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The versions of the components (pattern files, engines) the server distributes to its agents, as it last reported; empty before its first update. Transient: read again on every connection.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Components</em>' containment reference list.
	 * @see io.bulwark.model.ModelPackage#getManagementServer_Components()
	 * @model containment="true" transient="true"
	 * @generated
	 */
	EList<ComponentVersion> getComponents();

	/**
	 * Returns the value of the '<em><b>Certificate</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The certificate the server presented on this connection, so that the user can inspect what was pinned and when it expires; null before the first TLS connection and for plain HTTP. Transient: read again on every connection.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Certificate</em>' containment reference.
	 * @see #setCertificate(ServerCertificate)
	 * @see io.bulwark.model.ModelPackage#getManagementServer_Certificate()
	 * @model containment="true" transient="true"
	 * @generated
	 */
	ServerCertificate getCertificate();

	/**
	 * Sets the value of the '{@link io.bulwark.model.ManagementServer#getCertificate <em>Certificate</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Certificate</em>' containment reference.
	 * @see #getCertificate()
	 * @generated
	 */
	void setCertificate(ServerCertificate value);

} // ManagementServer
