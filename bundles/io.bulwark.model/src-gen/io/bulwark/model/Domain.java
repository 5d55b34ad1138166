/**
 */
package io.bulwark.model;

import io.bulwark.model.settings.Policy;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Domain</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A domain of the agent tree: a named group of agents that share settings. Domains nest; automatic grouping rules place arriving agents in a domain by their address.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.Domain#getId <em>Id</em>}</li>
 *   <li>{@link io.bulwark.model.Domain#getName <em>Name</em>}</li>
 *   <li>{@link io.bulwark.model.Domain#getDomains <em>Domains</em>}</li>
 *   <li>{@link io.bulwark.model.Domain#getAgents <em>Agents</em>}</li>
 *   <li>{@link io.bulwark.model.Domain#getPolicy <em>Policy</em>}</li>
 *   <li>{@link io.bulwark.model.Domain#getAgentCount <em>Agent Count</em>}</li>
 *   <li>{@link io.bulwark.model.Domain#getGroupingRules <em>Grouping Rules</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.ModelPackage#getDomain()
 * @model
 * @generated
 */
public interface Domain extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The server's identity of the domain; 0 for a domain the server has not created yet.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(long)
	 * @see io.bulwark.model.ModelPackage#getDomain_Id()
	 * @model
	 * @generated
	 */
	long getId();

	/**
	 * Sets the value of the '{@link io.bulwark.model.Domain#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(long value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The domain's name, unique among its siblings regardless of case (as the server enforces).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.bulwark.model.ModelPackage#getDomain_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.bulwark.model.Domain#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Domains</b></em>' containment reference list.
	 * The list contents are of type {@link io.bulwark.model.Domain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The domains nested in this one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domains</em>' containment reference list.
	 * @see io.bulwark.model.ModelPackage#getDomain_Domains()
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
	 * The agents in this domain, as far as the console has loaded them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Agents</em>' containment reference list.
	 * @see io.bulwark.model.ModelPackage#getDomain_Agents()
	 * @model containment="true"
	 * @generated
	 */
	EList<Agent> getAgents();

	/**
	 * Returns the value of the '<em><b>Policy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The settings groups this domain overrides; null or empty groups are inherited.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Policy</em>' containment reference.
	 * @see #setPolicy(Policy)
	 * @see io.bulwark.model.ModelPackage#getDomain_Policy()
	 * @model containment="true"
	 * @generated
	 */
	Policy getPolicy();

	/**
	 * Sets the value of the '{@link io.bulwark.model.Domain#getPolicy <em>Policy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Policy</em>' containment reference.
	 * @see #getPolicy()
	 * @generated
	 */
	void setPolicy(Policy value);

	/**
	 * Returns the value of the '<em><b>Agent Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many agents sit directly in this domain according to the server, known before the agents themselves are loaded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Agent Count</em>' attribute.
	 * @see #setAgentCount(long)
	 * @see io.bulwark.model.ModelPackage#getDomain_AgentCount()
	 * @model
	 * @generated
	 */
	long getAgentCount();

	/**
	 * Sets the value of the '{@link io.bulwark.model.Domain#getAgentCount <em>Agent Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agent Count</em>' attribute.
	 * @see #getAgentCount()
	 * @generated
	 */
	void setAgentCount(long value);

	/**
	 * Returns the value of the '<em><b>Grouping Rules</b></em>' containment reference list.
	 * The list contents are of type {@link io.bulwark.model.GroupingRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The automatic grouping rules that place agents in this domain.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Grouping Rules</em>' containment reference list.
	 * @see io.bulwark.model.ModelPackage#getDomain_GroupingRules()
	 * @model containment="true"
	 * @generated
	 */
	EList<GroupingRule> getGroupingRules();

} // Domain
