/**
 */
package io.bulwark.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Agent Command</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A command the server queued for an agent (e.g. scan now) and how far it got.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.AgentCommand#getId <em>Id</em>}</li>
 *   <li>{@link io.bulwark.model.AgentCommand#getKind <em>Kind</em>}</li>
 *   <li>{@link io.bulwark.model.AgentCommand#getState <em>State</em>}</li>
 *   <li>{@link io.bulwark.model.AgentCommand#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link io.bulwark.model.AgentCommand#getDeliveredAt <em>Delivered At</em>}</li>
 *   <li>{@link io.bulwark.model.AgentCommand#getCompletedAt <em>Completed At</em>}</li>
 *   <li>{@link io.bulwark.model.AgentCommand#getMessage <em>Message</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.ModelPackage#getAgentCommand()
 * @model
 * @generated
 */
public interface AgentCommand extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The server's identity of the command.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(long)
	 * @see io.bulwark.model.ModelPackage#getAgentCommand_Id()
	 * @model
	 * @generated
	 */
	long getId();

	/**
	 * Sets the value of the '{@link io.bulwark.model.AgentCommand#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(long value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the agent is asked to do, e.g. scan_now.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see io.bulwark.model.ModelPackage#getAgentCommand_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link io.bulwark.model.AgentCommand#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link io.bulwark.model.CommandState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How far the command got.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see io.bulwark.model.CommandState
	 * @see #setState(CommandState)
	 * @see io.bulwark.model.ModelPackage#getAgentCommand_State()
	 * @model
	 * @generated
	 */
	CommandState getState();

	/**
	 * Sets the value of the '{@link io.bulwark.model.AgentCommand#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see io.bulwark.model.CommandState
	 * @see #getState()
	 * @generated
	 */
	void setState(CommandState value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was queued.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Instant)
	 * @see io.bulwark.model.ModelPackage#getAgentCommand_CreatedAt()
	 * @model dataType="io.bulwark.model.Instant"
	 * @generated
	 */
	Instant getCreatedAt();

	/**
	 * Sets the value of the '{@link io.bulwark.model.AgentCommand#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Delivered At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When a heartbeat handed it to the agent; null before.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Delivered At</em>' attribute.
	 * @see #setDeliveredAt(Instant)
	 * @see io.bulwark.model.ModelPackage#getAgentCommand_DeliveredAt()
	 * @model dataType="io.bulwark.model.Instant"
	 * @generated
	 */
	Instant getDeliveredAt();

	/**
	 * Sets the value of the '{@link io.bulwark.model.AgentCommand#getDeliveredAt <em>Delivered At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delivered At</em>' attribute.
	 * @see #getDeliveredAt()
	 * @generated
	 */
	void setDeliveredAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Completed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the agent reported its result; null before.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Completed At</em>' attribute.
	 * @see #setCompletedAt(Instant)
	 * @see io.bulwark.model.ModelPackage#getAgentCommand_CompletedAt()
	 * @model dataType="io.bulwark.model.Instant"
	 * @generated
	 */
	Instant getCompletedAt();

	/**
	 * Sets the value of the '{@link io.bulwark.model.AgentCommand#getCompletedAt <em>Completed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Completed At</em>' attribute.
	 * @see #getCompletedAt()
	 * @generated
	 */
	void setCompletedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The agent's message about the result, for a person; null before the result.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see io.bulwark.model.ModelPackage#getAgentCommand_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link io.bulwark.model.AgentCommand#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

} // AgentCommand
