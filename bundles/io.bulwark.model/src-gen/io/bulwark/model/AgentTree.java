/**
 */
package io.bulwark.model;

import io.bulwark.model.settings.Policy;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Agent Tree</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The agent tree of one management server: its root scope, domains and agents, and the server's audit log as far as read. Each server's tree is the root of its own resource, so that one server's state loads, refreshes and fails on its own.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.AgentTree#getServer <em>Server</em>}</li>
 *   <li>{@link io.bulwark.model.AgentTree#getRootPolicy <em>Root Policy</em>}</li>
 *   <li>{@link io.bulwark.model.AgentTree#getDomains <em>Domains</em>}</li>
 *   <li>{@link io.bulwark.model.AgentTree#getAgents <em>Agents</em>}</li>
 *   <li>{@link io.bulwark.model.AgentTree#getAuditEntries <em>Audit Entries</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.ModelPackage#getAgentTree()
 * @model
 * @generated
 */
public interface AgentTree extends EObject {
	/**
	 * Returns the value of the '<em><b>Server</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link io.bulwark.model.ManagementServer#getAgentTree <em>Agent Tree</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The server this tree belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Server</em>' reference.
	 * @see #setServer(ManagementServer)
	 * @see io.bulwark.model.ModelPackage#getAgentTree_Server()
	 * @see io.bulwark.model.ManagementServer#getAgentTree
	 * @model opposite="agentTree" transient="true"
	 * @generated
	 */
	ManagementServer getServer();

	/**
	 * Sets the value of the '{@link io.bulwark.model.AgentTree#getServer <em>Server</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Server</em>' reference.
	 * @see #getServer()
	 * @generated
	 */
	void setServer(ManagementServer value);

	/**
	 * Returns the value of the '<em><b>Root Policy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The settings at the root scope, which every domain and agent inherits unless it overrides a group.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Root Policy</em>' containment reference.
	 * @see #setRootPolicy(Policy)
	 * @see io.bulwark.model.ModelPackage#getAgentTree_RootPolicy()
	 * @model containment="true"
	 * @generated
	 */
	Policy getRootPolicy();

	/**
	 * Sets the value of the '{@link io.bulwark.model.AgentTree#getRootPolicy <em>Root Policy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Root Policy</em>' containment reference.
	 * @see #getRootPolicy()
	 * @generated
	 */
	void setRootPolicy(Policy value);

	/**
	 * Returns the value of the '<em><b>Domains</b></em>' containment reference list.
	 * The list contents are of type {@link io.bulwark.model.Domain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The top-level domains.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domains</em>' containment reference list.
	 * @see io.bulwark.model.ModelPackage#getAgentTree_Domains()
	 * @model containment="true"
	 * @generated
	 */
	EList<Domain> getDomains();

	/**
	 * Returns the value of the '<em><b>Agents</b></em>' containment reference list.
	 * The list contents are of type {@link io.bulwark.model.Agent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The agents in no domain (the root scope).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Agents</em>' containment reference list.
	 * @see io.bulwark.model.ModelPackage#getAgentTree_Agents()
	 * @model containment="true"
	 * @generated
	 */
	EList<Agent> getAgents();

	/**
	 * Returns the value of the '<em><b>Audit Entries</b></em>' containment reference list.
	 * The list contents are of type {@link io.bulwark.model.AuditEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The entries of the server's audit log the console has read, newest first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Audit Entries</em>' containment reference list.
	 * @see io.bulwark.model.ModelPackage#getAgentTree_AuditEntries()
	 * @model containment="true"
	 * @generated
	 */
	EList<AuditEntry> getAuditEntries();

} // AgentTree
