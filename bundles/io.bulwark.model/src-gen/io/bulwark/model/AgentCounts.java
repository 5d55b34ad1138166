/**
 */
package io.bulwark.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Agent Counts</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How many agents a server owns in each status, so that a server's state can be shown without loading its whole tree.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.AgentCounts#getOnline <em>Online</em>}</li>
 *   <li>{@link io.bulwark.model.AgentCounts#getOffline <em>Offline</em>}</li>
 *   <li>{@link io.bulwark.model.AgentCounts#getRoaming <em>Roaming</em>}</li>
 *   <li>{@link io.bulwark.model.AgentCounts#getMoving <em>Moving</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.ModelPackage#getAgentCounts()
 * @model
 * @generated
 */
public interface AgentCounts extends EObject {
	/**
	 * Returns the value of the '<em><b>Online</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Agents heartbeating from inside the corporate network.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Online</em>' attribute.
	 * @see #setOnline(long)
	 * @see io.bulwark.model.ModelPackage#getAgentCounts_Online()
	 * @model
	 * @generated
	 */
	long getOnline();

	/**
	 * Sets the value of the '{@link io.bulwark.model.AgentCounts#getOnline <em>Online</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Online</em>' attribute.
	 * @see #getOnline()
	 * @generated
	 */
	void setOnline(long value);

	/**
	 * Returns the value of the '<em><b>Offline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Agents silent for three heartbeat intervals or more.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offline</em>' attribute.
	 * @see #setOffline(long)
	 * @see io.bulwark.model.ModelPackage#getAgentCounts_Offline()
	 * @model
	 * @generated
	 */
	long getOffline();

	/**
	 * Sets the value of the '{@link io.bulwark.model.AgentCounts#getOffline <em>Offline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offline</em>' attribute.
	 * @see #getOffline()
	 * @generated
	 */
	void setOffline(long value);

	/**
	 * Returns the value of the '<em><b>Roaming</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Agents heartbeating from outside the corporate network; they cannot be moved until back.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Roaming</em>' attribute.
	 * @see #setRoaming(long)
	 * @see io.bulwark.model.ModelPackage#getAgentCounts_Roaming()
	 * @model
	 * @generated
	 */
	long getRoaming();

	/**
	 * Sets the value of the '{@link io.bulwark.model.AgentCounts#getRoaming <em>Roaming</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Roaming</em>' attribute.
	 * @see #getRoaming()
	 * @generated
	 */
	void setRoaming(long value);

	/**
	 * Returns the value of the '<em><b>Moving</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Agents being relocated to another server.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Moving</em>' attribute.
	 * @see #setMoving(long)
	 * @see io.bulwark.model.ModelPackage#getAgentCounts_Moving()
	 * @model
	 * @generated
	 */
	long getMoving();

	/**
	 * Sets the value of the '{@link io.bulwark.model.AgentCounts#getMoving <em>Moving</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Moving</em>' attribute.
	 * @see #getMoving()
	 * @generated
	 */
	void setMoving(long value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * All agents, whatever their status.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	long getTotal();

} // AgentCounts
