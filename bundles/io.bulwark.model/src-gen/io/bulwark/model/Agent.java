/**
 */
package io.bulwark.model;

import io.bulwark.model.settings.Policy;

import java.time.Instant;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Agent</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An agent installed on a computer, reporting to this server. The listing fills what a tree or a table shows; details (inventory, commands) are loaded on demand.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.Agent#getId <em>Id</em>}</li>
 *   <li>{@link io.bulwark.model.Agent#getHostName <em>Host Name</em>}</li>
 *   <li>{@link io.bulwark.model.Agent#getPolicy <em>Policy</em>}</li>
 *   <li>{@link io.bulwark.model.Agent#getIpAddress <em>Ip Address</em>}</li>
 *   <li>{@link io.bulwark.model.Agent#getOperatingSystem <em>Operating System</em>}</li>
 *   <li>{@link io.bulwark.model.Agent#getAgentVersion <em>Agent Version</em>}</li>
 *   <li>{@link io.bulwark.model.Agent#getStatus <em>Status</em>}</li>
 *   <li>{@link io.bulwark.model.Agent#getLastSeen <em>Last Seen</em>}</li>
 *   <li>{@link io.bulwark.model.Agent#isUpdateAgent <em>Update Agent</em>}</li>
 *   <li>{@link io.bulwark.model.Agent#getRegisteredAt <em>Registered At</em>}</li>
 *   <li>{@link io.bulwark.model.Agent#getHeartbeatIntervalMillis <em>Heartbeat Interval Millis</em>}</li>
 *   <li>{@link io.bulwark.model.Agent#getComponentVersions <em>Component Versions</em>}</li>
 *   <li>{@link io.bulwark.model.Agent#getInventory <em>Inventory</em>}</li>
 *   <li>{@link io.bulwark.model.Agent#getPendingCommands <em>Pending Commands</em>}</li>
 *   <li>{@link io.bulwark.model.Agent#getRecentCommands <em>Recent Commands</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.ModelPackage#getAgent()
 * @model
 * @generated
 */
public interface Agent extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The GUID the agent created once and keeps across moves.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.bulwark.model.ModelPackage#getAgent_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.bulwark.model.Agent#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Host Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The computer's host name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Host Name</em>' attribute.
	 * @see #setHostName(String)
	 * @see io.bulwark.model.ModelPackage#getAgent_HostName()
	 * @model
	 * @generated
	 */
	String getHostName();

	/**
	 * Sets the value of the '{@link io.bulwark.model.Agent#getHostName <em>Host Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host Name</em>' attribute.
	 * @see #getHostName()
	 * @generated
	 */
	void setHostName(String value);

	/**
	 * Returns the value of the '<em><b>Policy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The settings groups set on this agent alone; null or empty groups are inherited from its domain.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Policy</em>' containment reference.
	 * @see #setPolicy(Policy)
	 * @see io.bulwark.model.ModelPackage#getAgent_Policy()
	 * @model containment="true"
	 * @generated
	 */
	Policy getPolicy();

	/**
	 * Sets the value of the '{@link io.bulwark.model.Agent#getPolicy <em>Policy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Policy</em>' containment reference.
	 * @see #getPolicy()
	 * @generated
	 */
	void setPolicy(Policy value);

	/**
	 * Returns the value of the '<em><b>Ip Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The computer's IPv4 or IPv6 address, as the server last saw it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ip Address</em>' attribute.
	 * @see #setIpAddress(String)
	 * @see io.bulwark.model.ModelPackage#getAgent_IpAddress()
	 * @model
	 * @generated
	 */
	String getIpAddress();

	/**
	 * Sets the value of the '{@link io.bulwark.model.Agent#getIpAddress <em>Ip Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ip Address</em>' attribute.
	 * @see #getIpAddress()
	 * @generated
	 */
	void setIpAddress(String value);

	/**
	 * Returns the value of the '<em><b>Operating System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The operating system's name and version from the latest inventory, for display; null before the first inventory.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Operating System</em>' attribute.
	 * @see #setOperatingSystem(String)
	 * @see io.bulwark.model.ModelPackage#getAgent_OperatingSystem()
	 * @model
	 * @generated
	 */
	String getOperatingSystem();

	/**
	 * Sets the value of the '{@link io.bulwark.model.Agent#getOperatingSystem <em>Operating System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operating System</em>' attribute.
	 * @see #getOperatingSystem()
	 * @generated
	 */
	void setOperatingSystem(String value);

	/**
	 * Returns the value of the '<em><b>Agent Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The version of the agent program.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Agent Version</em>' attribute.
	 * @see #setAgentVersion(String)
	 * @see io.bulwark.model.ModelPackage#getAgent_AgentVersion()
	 * @model
	 * @generated
	 */
	String getAgentVersion();

	/**
	 * Sets the value of the '{@link io.bulwark.model.Agent#getAgentVersion <em>Agent Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agent Version</em>' attribute.
	 * @see #getAgentVersion()
	 * @generated
	 */
	void setAgentVersion(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The default value is <code>"offline"</code>.
	 * The literals are from the enumeration {@link io.bulwark.model.AgentStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the agent is online, offline, roaming or being moved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see io.bulwark.model.AgentStatus
	 * @see #setStatus(AgentStatus)
	 * @see io.bulwark.model.ModelPackage#getAgent_Status()
	 * @model default="offline"
	 * @generated
	 */
	AgentStatus getStatus();

	/**
	 * Sets the value of the '{@link io.bulwark.model.Agent#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see io.bulwark.model.AgentStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(AgentStatus value);

	/**
	 * Returns the value of the '<em><b>Last Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the server last heard from the agent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Seen</em>' attribute.
	 * @see #setLastSeen(Instant)
	 * @see io.bulwark.model.ModelPackage#getAgent_LastSeen()
	 * @model dataType="io.bulwark.model.Instant"
	 * @generated
	 */
	Instant getLastSeen();

	/**
	 * Sets the value of the '{@link io.bulwark.model.Agent#getLastSeen <em>Last Seen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Seen</em>' attribute.
	 * @see #getLastSeen()
	 * @generated
	 */
	void setLastSeen(Instant value);

	/**
	 * Returns the value of the '<em><b>Update Agent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the agent redistributes components to its peers (an update agent, e.g. in a remote office behind a slow link).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Update Agent</em>' attribute.
	 * @see #setUpdateAgent(boolean)
	 * @see io.bulwark.model.ModelPackage#getAgent_UpdateAgent()
	 * @model
	 * @generated
	 */
	boolean isUpdateAgent();

	/**
	 * Sets the value of the '{@link io.bulwark.model.Agent#isUpdateAgent <em>Update Agent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Update Agent</em>' attribute.
	 * @see #isUpdateAgent()
	 * @generated
	 */
	void setUpdateAgent(boolean value);

	/**
	 * Returns the value of the '<em><b>Registered At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the agent first registered with this server; null until the details are loaded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Registered At</em>' attribute.
	 * @see #setRegisteredAt(Instant)
	 * @see io.bulwark.model.ModelPackage#getAgent_RegisteredAt()
	 * @model dataType="io.bulwark.model.Instant"
	 * @generated
	 */
	Instant getRegisteredAt();

	/**
	 * Sets the value of the '{@link io.bulwark.model.Agent#getRegisteredAt <em>Registered At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Registered At</em>' attribute.
	 * @see #getRegisteredAt()
	 * @generated
	 */
	void setRegisteredAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Heartbeat Interval Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The heartbeat interval the agent declared, in milliseconds; it is offline after three missed intervals. 0 until the details are loaded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Heartbeat Interval Millis</em>' attribute.
	 * @see #setHeartbeatIntervalMillis(int)
	 * @see io.bulwark.model.ModelPackage#getAgent_HeartbeatIntervalMillis()
	 * @model
	 * @generated
	 */
	int getHeartbeatIntervalMillis();

	/**
	 * Sets the value of the '{@link io.bulwark.model.Agent#getHeartbeatIntervalMillis <em>Heartbeat Interval Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Heartbeat Interval Millis</em>' attribute.
	 * @see #getHeartbeatIntervalMillis()
	 * @generated
	 */
	void setHeartbeatIntervalMillis(int value);

	/**
	 * Returns the value of the '<em><b>Component Versions</b></em>' containment reference list.
	 * The list contents are of type {@link io.bulwark.model.ComponentVersion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The component versions the agent reported; empty until the details are loaded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Component Versions</em>' containment reference list.
	 * @see io.bulwark.model.ModelPackage#getAgent_ComponentVersions()
	 * @model containment="true"
	 * @generated
	 */
	EList<ComponentVersion> getComponentVersions();

	/**
	 * Returns the value of the '<em><b>Inventory</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The agent's latest inventory. Loaded lazily: null until the console has read the agent's details, and null too while the agent has never reported one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inventory</em>' containment reference.
	 * @see #setInventory(Inventory)
	 * @see io.bulwark.model.ModelPackage#getAgent_Inventory()
	 * @model containment="true"
	 * @generated
	 */
	Inventory getInventory();

	/**
	 * Sets the value of the '{@link io.bulwark.model.Agent#getInventory <em>Inventory</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inventory</em>' containment reference.
	 * @see #getInventory()
	 * @generated
	 */
	void setInventory(Inventory value);

	/**
	 * Returns the value of the '<em><b>Pending Commands</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many commands wait for the agent's next heartbeat, as of the last loaded details.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pending Commands</em>' attribute.
	 * @see #setPendingCommands(long)
	 * @see io.bulwark.model.ModelPackage#getAgent_PendingCommands()
	 * @model
	 * @generated
	 */
	long getPendingCommands();

	/**
	 * Sets the value of the '{@link io.bulwark.model.Agent#getPendingCommands <em>Pending Commands</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pending Commands</em>' attribute.
	 * @see #getPendingCommands()
	 * @generated
	 */
	void setPendingCommands(long value);

	/**
	 * Returns the value of the '<em><b>Recent Commands</b></em>' containment reference list.
	 * The list contents are of type {@link io.bulwark.model.AgentCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The agent's latest commands, newest first, as of the last loaded details.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recent Commands</em>' containment reference list.
	 * @see io.bulwark.model.ModelPackage#getAgent_RecentCommands()
	 * @model containment="true"
	 * @generated
	 */
	EList<AgentCommand> getRecentCommands();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the agent can be moved to another server now: only online agents can; offline and roaming agents must come online first.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isMovable();

} // Agent
